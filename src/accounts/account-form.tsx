import type { Ctx } from '../platform/http/context.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Account } from './account.js';
import { credentialsOptions, statusOptions, typeOptions } from './account-labels.js';

/** What the create and edit forms are drawn from. */
export interface AccountFormProps {
  /** The account being edited; absent when registering a new one. */
  account?: Account;
  values: Record<string, string>;
  errors: ErrorMap;
  /** The account that already has this identity, when the register refused a duplicate. */
  duplicate?: { id: number; name: string } | null;
  platforms: [string, string][];
  units: [string, string][];
}

type FieldName =
  | 'url'
  | 'platform'
  | 'handle'
  | 'platformAccountId'
  | 'displayName'
  | 'unitId'
  | 'type'
  | 'endDate'
  | 'purpose'
  | 'goals'
  | 'audience'
  | 'publishingPlan'
  | 'status'
  | 'lastActivityOn'
  | 'credentialsLocation'
  | 'credentialsNote'
  | 'disposalReference'
  | 'notes';

/** The form to register an account or change one, with every field's problem when it failed. */
export function accountFormPage(c: Ctx, props: AccountFormProps, status = 200) {
  const t = c.get('t');
  const { account, values, errors, duplicate } = props;
  const title = account
    ? t('accounts.edit_title', { name: account.displayName })
    : t('accounts.new');
  const bind = bindFields(values, errors, t);
  const field = (name: FieldName) => bind(name, t(`accounts.field.${name}`));
  return renderPage(
    c,
    title,
    <div class="account-form">
      <h1>{title}</h1>
      {!account && <p>{t('accounts.new_intro')}</p>}
      <FormErrors errors={errors} duplicate={duplicate} t={t} />
      <PostForm
        action={account ? `/accounts/${account.id}` : '/accounts'}
        csrfToken={c.get('csrfToken')}
      >
        {account && <input type="hidden" name="version" value={values.version ?? ''} />}
        <fieldset>
          <legend>{t('accounts.section_identity')}</legend>
          <TextField
            {...field('url')}
            label={t('accounts.url_label')}
            type="url"
            inputmode="url"
            hint={t('accounts.url_hint')}
          />
          <SelectField
            {...field('platform')}
            options={props.platforms}
            empty={t('accounts.platform_from_url')}
          />
          <TextField {...field('handle')} hint={t('accounts.handle_hint')} />
          <TextField {...field('platformAccountId')} />
          <TextField {...field('displayName')} required />
          <SelectField
            {...field('unitId')}
            options={props.units}
            empty={account ? undefined : t('accounts.choose')}
            required
          />
          <SelectField {...field('type')} options={typeOptions(t)} required />
          <TextField {...field('endDate')} type="date" hint={t('accounts.end_date_hint')} />
          {!account && <SelectField {...field('status')} options={statusOptions(t)} required />}
        </fieldset>
        <fieldset>
          <legend>{t('accounts.section_purpose')}</legend>
          <TextArea {...field('purpose')} />
          <TextArea {...field('goals')} />
          <TextArea {...field('audience')} rows={2} />
          <TextArea {...field('publishingPlan')} rows={2} />
        </fieldset>
        <fieldset>
          <legend>{t('accounts.section_care')}</legend>
          <TextField {...field('lastActivityOn')} type="date" />
          <SelectField
            {...field('credentialsLocation')}
            options={credentialsOptions(t, account?.credentialsLocation === 'vault')}
            hint={account ? t('credentials.pointer_form_hint') : undefined}
          />
          <TextField {...field('credentialsNote')} />
          <TextField {...field('disposalReference')} />
          <TextArea {...field('notes')} />
        </fieldset>
        <FormActions
          submit={account ? t('common.save') : t('common.create')}
          cancelHref={account ? `/accounts/${account.id}` : '/accounts'}
          t={t}
        />
      </PostForm>
    </div>,
    status,
  );
}

/** The error summary; a refused duplicate also links to the account already registered. */
function FormErrors(props: {
  errors: ErrorMap;
  duplicate?: { id: number; name: string } | null;
  t: Translate;
}) {
  const { errors, duplicate, t } = props;
  if (!duplicate) return <ErrorSummary errors={errors} t={t} />;
  // The summary's own general line would repeat the handle's message word for word.
  const { _form, ...fields } = errors;
  return (
    <ErrorSummary
      errors={fields}
      t={t}
      more={
        <li>
          <a href={`/accounts/${duplicate.id}`}>
            {t('accounts.duplicate_link', { name: duplicate.name })}
          </a>
        </li>
      }
    />
  );
}
