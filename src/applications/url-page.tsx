import type { Account } from '../accounts/account.js';
import { statusLabel } from '../accounts/account-labels.js';
import type { Ctx } from '../platform/http/context.js';
import { bindFields, ErrorSummary, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Application } from './application.js';
import { applicationName } from './application-mail.js';

/** What the address page is drawn from. */
export interface UrlPageProps {
  application: Application;
  account: Account;
  platformName: string;
  /** The actor may open the account's page (else the application leads on). */
  canReadAccount: boolean;
  values: Record<string, string>;
  errors: ErrorMap;
  /** The account that already has this address, when the register refused a duplicate. */
  duplicate?: { id: number; name: string } | null;
}

/**
 * Entering an approved account's address once it exists on the platform; once entered, the
 * page says so and leads to the account.
 */
export function urlPage(c: Ctx, props: UrlPageProps, status = 200) {
  const t = c.get('t');
  const { application: app, account, platformName } = props;
  const title = t('applications.notice.url_title');
  const back = `/applications/${app.id}`;
  const field = bindFields(props.values, props.errors, t);
  const pending = account.status === 'applied' && !account.url;
  return renderPage(
    c,
    title,
    <>
      <BackLink href={back} label={t('applications.notice.back_to_application')} />
      <div class="narrow">
        <h1>{title}</h1>
        <p>
          {t(pending ? 'applications.notice.url_intro' : 'applications.notice.url_done', {
            title: applicationName(app),
            platform: platformName,
            status: statusLabel(t, account.status),
          })}
        </p>
        <UrlErrors errors={props.errors} duplicate={props.duplicate} t={t} />
        {pending ? (
          <PostForm action={`/applications/${app.id}/url`} csrfToken={c.get('csrfToken')}>
            <input type="hidden" name="version" value={props.values.version ?? ''} />
            <TextField
              {...field('url', t('applications.notice.field_url'))}
              hint={t('applications.notice.url_hint', { platform: platformName })}
              type="url"
              inputmode="url"
              autocomplete="url"
              required
            />
            <FormActions submit={t('applications.notice.url_submit')} cancelHref={back} t={t} />
          </PostForm>
        ) : (
          <p>
            <a class="button" href={props.canReadAccount ? `/accounts/${account.id}` : back}>
              {props.canReadAccount
                ? t('applications.notice.open_account', { name: account.displayName })
                : t('applications.notice.back_to_application')}
            </a>
          </p>
        )}
      </div>
    </>,
    status,
  );
}

// A refused duplicate links to the account already registered, for someone who may read it.
function UrlErrors(props: {
  errors: ErrorMap;
  duplicate?: { id: number; name: string } | null;
  t: Translate;
}) {
  const { errors, duplicate, t } = props;
  if (!duplicate) return <ErrorSummary errors={errors} t={t} />;
  const { _form, ...fields } = errors;
  return (
    <ErrorSummary
      errors={{ ...fields, ...(!fields.url && _form && { _form }) }}
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
