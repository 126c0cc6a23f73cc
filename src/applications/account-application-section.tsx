import type { Child } from 'hono/jsx';
import type { AccountView } from '../accounts/read-account.js';
import { answersForAccount } from '../confirmation/load-confirmable.js';
import { can } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { actorOf } from '../platform/http/require-actor.js';
import { IDENTIFIABLE_PEOPLE, toApplication } from './application.js';

/** On the account's page: the application it came from and, while `applied`, entering its address. */
export async function accountApplicationSection(c: Ctx, view: AccountView): Promise<Child | null> {
  const { db } = c.get('deps');
  const row = await db
    .selectFrom('applications')
    .selectAll()
    .where('account_id', '=', view.account.id)
    .executeTakeFirst();
  if (!row) return null;
  const t = c.get('t');
  const locale = c.get('locale');
  const app = toApplication(row);
  const account = view.account;
  const actor = actorOf(c);
  const awaitingUrl = account.status === 'applied' && !account.url;
  const mayEnter =
    awaitingUrl &&
    (app.applicantUserId === actor.userId ||
      can(actor, 'account.edit', view.unitPath) ||
      (await answersForAccount(db, actor.userId, account.id)));
  const none = <span class="muted">{t('common.none')}</span>;
  const row2 = (label: string, value: Child) => (
    <>
      <dt>{label}</dt>
      <dd>{value === '' || value === null ? none : value}</dd>
    </>
  );
  const people = IDENTIFIABLE_PEOPLE.find((p) => p === app.identifiablePeople);
  return (
    <section aria-labelledby="s-application">
      <h2 id="s-application">{t('applications.notice.section_heading')}</h2>
      <p>
        <a href={`/applications/${app.id}`}>{t('applications.number', { id: app.id })}</a>{' '}
        {app.decidedAt &&
          t('applications.notice.section_approved_on', {
            date: formatDate(app.decidedAt, locale),
          })}
      </p>
      {awaitingUrl && (
        <div class="notice">
          <p>{t('applications.notice.section_awaiting_url')}</p>
          {mayEnter && (
            <p>
              <a class="button" href={`/applications/${app.id}/url`}>
                {t('applications.notice.url_title')}
              </a>
            </p>
          )}
        </div>
      )}
      <dl class="details account-details">
        {row2(
          t('applications.field.identifiablePeople'),
          people ? t(`applications.identifiable_people.${people}`) : '',
        )}
        {row2(t('applications.field.consentRoutine'), app.consentRoutine)}
        {row2(t('applications.field.moderationRoutine'), app.moderationRoutine)}
        {row2(
          t('applications.field.resourcesHours'),
          app.resourcesHours === null ? '' : formatNumber(app.resourcesHours, locale),
        )}
        {app.notes && row2(t('applications.field.notes'), app.notes)}
      </dl>
    </section>
  );
}
