import type { Account } from '../accounts/account.js';
import { credentialsLabel, credentialsOptions } from '../accounts/account-labels.js';
import type { Ctx } from '../platform/http/context.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import type { CredentialMeta } from './credential.js';
import { VaultStatus } from './account-credentials-section.js';
import { VaultForm } from './vault-form.js';

/** What the credentials page is drawn from. */
export interface CredentialsPageProps {
  account: Account;
  meta: CredentialMeta | null;
  policyMonths: number;
  mayEditPointer: boolean;
  mayReveal: boolean;
  values: Record<string, string>;
  errors: ErrorMap;
}

/** Where the account's login is kept, and the vault's form for those who may see it. */
export function credentialsPage(c: Ctx, props: CredentialsPageProps, status = 200) {
  const t = c.get('t');
  const { account, meta, errors } = props;
  const title = t('credentials.page_title', { name: account.displayName });
  const field = bindFields(props.values, errors, t);
  const elsewhere = credentialsOptions(t, false);
  return renderPage(
    c,
    title,
    <>
      <BackLink href={`/accounts/${account.id}`} label={account.displayName} />
      <h1>{title}</h1>
      <ErrorSummary errors={errors} t={t} />
      <div class="two-columns">
        <section aria-labelledby="s-pointer">
          <h2 id="s-pointer">{t('credentials.pointer_heading')}</h2>
          {meta ? (
            <>
              <p>{t('credentials.pointer_vault')}</p>
              <VaultStatus c={c} meta={meta} />
            </>
          ) : props.mayEditPointer ? (
            <PostForm
              action={`/accounts/${account.id}/credentials/pointer`}
              csrfToken={c.get('csrfToken')}
            >
              <p>{t('credentials.pointer_intro')}</p>
              <SelectField
                {...field('location', t('accounts.field.credentialsLocation'))}
                options={elsewhere}
                required
              />
              <TextField
                {...field('note', t('accounts.field.credentialsNote'))}
                hint={t('credentials.note_hint')}
              />
              <button type="submit">{t('credentials.save_pointer')}</button>
            </PostForm>
          ) : (
            <p>
              {t('credentials.kept_in', {
                place: credentialsLabel(t, account.credentialsLocation),
              })}
            </p>
          )}
        </section>
        <section aria-labelledby="s-vault">
          <h2 id="s-vault">
            {meta ? t('credentials.vault_heading_change') : t('credentials.vault_heading_new')}
          </h2>
          {props.mayReveal ? (
            <VaultForm
              c={c}
              accountId={account.id}
              meta={meta}
              policyMonths={props.policyMonths}
              values={props.values}
              errors={errors}
            />
          ) : (
            <p>{t('credentials.who_may_store')}</p>
          )}
        </section>
      </div>
      {meta && props.mayReveal && (
        <section aria-labelledby="s-delete">
          <h2 id="s-delete">{t('credentials.delete_heading')}</h2>
          <p>{t('credentials.delete_intro')}</p>
          <PostForm
            action={`/accounts/${account.id}/credentials/delete`}
            csrfToken={c.get('csrfToken')}
            class="narrow"
          >
            <SelectField
              {...field('newLocation', t('credentials.new_location'))}
              options={elsewhere}
              required
            />
            <TextField
              {...field('newNote', t('accounts.field.credentialsNote'))}
              hint={t('credentials.note_hint')}
            />
            <button type="submit" class="danger">
              {t('credentials.delete')}
            </button>
          </PostForm>
        </section>
      )}
    </>,
    status,
    true,
  );
}
