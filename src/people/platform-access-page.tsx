import type { Account } from '../accounts/account.js';
import type { Ctx } from '../platform/http/context.js';
import { ActionButton } from '../platform/http/ui/action-button.js';
import { ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import type { PlatformAccess } from './account-person.js';
import { PlatformAccessForm } from './platform-access-form.js';
import { PlatformAccessTable } from './platform-access-table.js';

/** What the platform access page is drawn from. */
export interface AccessPageProps {
  account: Account;
  access: PlatformAccess[];
  today: string;
  users: [string, string][];
  values: Record<string, string>;
  errors: ErrorMap;
}

/** Who has access at the platform for an account: confirm, change or remove each; add another. */
export function platformAccessPage(c: Ctx, props: AccessPageProps, status = 200) {
  const t = c.get('t');
  const { account } = props;
  const title = t('people.access_title', { name: account.displayName });
  const base = `/accounts/${account.id}/access`;
  const csrfToken = c.get('csrfToken');
  return renderPage(
    c,
    title,
    <>
      <BackLink
        href={`/accounts/${account.id}`}
        label={t('people.back_to_account', { name: account.displayName })}
      />
      <h1>{title}</h1>
      <p>{t('people.access_intro')}</p>
      <PlatformAccessTable
        access={props.access}
        accountName={account.displayName}
        today={props.today}
        c={c}
        actions={(a) => (
          <div class="button-row">
            <ActionButton
              action={`${base}/${a.id}/confirm`}
              csrfToken={csrfToken}
              label={t('people.confirm_today')}
              accessibleName={t('people.confirm_today_name', { name: a.name })}
              variant="secondary"
            />
            <a href={`${base}/${a.id}/edit`} aria-label={t('people.edit_name', { name: a.name })}>
              {t('common.edit')}
            </a>
            <ActionButton
              action={`${base}/${a.id}/remove`}
              csrfToken={csrfToken}
              label={t('people.remove')}
              accessibleName={t('people.remove_name', { name: a.name })}
              variant="link"
            />
          </div>
        )}
      />
      <section aria-labelledby="add-access" class="narrow">
        <h2 id="add-access">{t('people.access_add_heading')}</h2>
        <ErrorSummary errors={props.errors} t={t} />
        <PlatformAccessForm
          c={c}
          action={base}
          values={props.values}
          errors={props.errors}
          users={props.users}
          submit={t('people.access_add')}
          cancelHref={`/accounts/${account.id}`}
        />
      </section>
    </>,
    status,
  );
}

/** The form that changes one platform access row. */
export function platformAccessEditPage(
  c: Ctx,
  props: {
    account: Account;
    access: PlatformAccess;
    users: [string, string][];
    values: Record<string, string>;
    errors: ErrorMap;
  },
  status = 200,
) {
  const t = c.get('t');
  const title = t('people.access_edit_title', { name: props.access.name });
  const base = `/accounts/${props.account.id}/access`;
  return renderPage(
    c,
    title,
    <FormPage title={title} errors={props.errors} t={t}>
      <PlatformAccessForm
        c={c}
        action={`${base}/${props.access.id}`}
        values={props.values}
        errors={props.errors}
        users={props.users}
        submit={t('common.save')}
        cancelHref={base}
      />
    </FormPage>,
    status,
  );
}
