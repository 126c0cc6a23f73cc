import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/context.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { formatDate, formatDateTime } from '../platform/i18n/format.js';
import { HistoryTable } from './account-history-table.js';
import { credentialsLabel, statusLabel, typeLabel } from './account-labels.js';
import type { AccountView } from './read-account.js';
import { StatusForm } from './status-form.js';
import { ConfirmRecord } from '../confirmation/confirm-record.js';

/** What the account page shows besides the account itself. */
export interface AccountPageProps {
  view: AccountView;
  platformNames: Map<string, string>;
  canEdit: boolean;
  statusValues?: Record<string, string>;
  statusErrors?: ErrorMap;
  /** Gaps in who answers for the account, shown under its status. */
  peopleNotice?: Child;
  /** Its owner, deputies, external contacts and who has access at the platform. */
  peopleSection?: Child;
  /** Where its login is kept, the vault, and who saw it when. */
  credentialsSection?: Child;
  /** The application it came from, and entering its address while it is `applied`. */
  applicationSection?: Child;
  /** The closure under way (its checklist's progress), or how to start one. */
  closureSection?: Child;
  /** When its record was last confirmed, and whether the actor may confirm it now. */
  confirmation?: { confirmedOn: string | null; canConfirm: boolean; error?: string };
}

// Only web addresses become links; anything else stored would be unsafe in an href.
const isWebAddress = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/** One account: every field by section, its status, the status change form and the full history. */
export function accountPage(c: Ctx, props: AccountPageProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { view, platformNames } = props;
  const a = view.account;
  const platform = platformNames.get(a.platform) ?? a.platform;
  const none = <span class="muted">{t('common.none')}</span>;
  const row = (label: string, value: Child) => (
    <>
      <dt>{label}</dt>
      <dd>{value === '' || value === null || value === undefined ? none : value}</dd>
    </>
  );
  return renderPage(
    c,
    a.displayName,
    <>
      <BackLink href="/accounts" label={t('accounts.title')} />
      <h1>{a.displayName}</h1>
      <p class="account-status">
        <span class={`badge s-${a.status}`}>{statusLabel(t, a.status)}</span>{' '}
        {t('accounts.since', { date: formatDate(a.statusChangedOn, locale) })}
      </p>
      {props.peopleNotice}
      <div class="actions">
        {props.canEdit && (
          <a class="button" href={`/accounts/${a.id}/edit`}>
            {t('accounts.edit_account')}
          </a>
        )}
        {isWebAddress(a.url) && (
          <a href={a.url} rel="noopener noreferrer external">
            {t('accounts.open_on_platform', { platform })}
          </a>
        )}
      </div>
      {props.confirmation && (
        <ConfirmRecord
          accountId={a.id}
          version={a.version}
          {...props.confirmation}
          csrfToken={c.get('csrfToken')}
          t={t}
          locale={locale}
        />
      )}
      <div class="two-columns">
        <section aria-labelledby="s-identity">
          <h2 id="s-identity">{t('accounts.section_identity')}</h2>
          <dl class="details account-details">
            {row(t('accounts.field.platform'), platform)}
            {row(t('accounts.field.handle'), a.handle)}
            {row(t('accounts.field.url'), a.url ?? t('accounts.no_address'))}
            {row(t('accounts.field.platformAccountId'), a.platformAccountId)}
            {row(t('accounts.field.unitId'), view.unitTrail.join(' › '))}
            {row(t('accounts.field.type'), typeLabel(t, a.type))}
            {row(t('accounts.field.endDate'), formatDate(a.endDate, locale))}
            {row(t('accounts.field.statusReason'), a.statusReason)}
          </dl>
        </section>
        <section aria-labelledby="s-care">
          <h2 id="s-care">{t('accounts.section_care')}</h2>
          <dl class="details account-details">
            {row(t('accounts.field.lastActivityOn'), formatDate(a.lastActivityOn, locale))}
            {row(
              t('accounts.field.credentialsLocation'),
              credentialsLabel(t, a.credentialsLocation),
            )}
            {row(t('accounts.field.credentialsNote'), a.credentialsNote)}
            {row(t('accounts.field.disposalReference'), a.disposalReference)}
            {row(t('accounts.field.notes'), a.notes)}
            {row(t('accounts.field.createdAt'), formatDateTime(a.createdAt, locale))}
            {row(t('accounts.field.updated'), formatDateTime(a.updatedAt, locale))}
          </dl>
        </section>
      </div>
      <section aria-labelledby="s-purpose">
        <h2 id="s-purpose">{t('accounts.section_purpose')}</h2>
        <dl class="details account-details">
          {row(t('accounts.field.purpose'), a.purpose)}
          {row(t('accounts.field.goals'), a.goals)}
          {row(t('accounts.field.audience'), a.audience)}
          {row(t('accounts.field.publishingPlan'), a.publishingPlan)}
        </dl>
      </section>
      {props.applicationSection}
      {props.peopleSection}
      {props.credentialsSection}
      {props.closureSection}
      {props.canEdit && (
        <StatusForm
          account={a}
          values={props.statusValues ?? {}}
          errors={props.statusErrors ?? {}}
          csrfToken={c.get('csrfToken')}
          t={t}
        />
      )}
      <section aria-labelledby="s-history">
        <h2 id="s-history">{t('accounts.history')}</h2>
        <HistoryTable
          accountId={a.id}
          history={view.history}
          labels={{ t, locale, unitNames: view.unitNames, platformNames }}
        />
      </section>
    </>,
    status,
    true,
  );
}
