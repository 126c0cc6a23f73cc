import { Hono } from 'hono';
import { ACCOUNT_STATUSES } from '../accounts/account.js';
import { countAwaitingHandover } from '../handovers/list-handovers.js';
import { canAnywhere } from '../platform/auth/policy.js';
import { listAccounts } from '../accounts/list-accounts.js';
import { listAccountsQuery } from '../accounts/schemas.js';
import type { AppEnv } from '../platform/http/context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { formatNumber, stockholmDate } from '../platform/i18n/format.js';
import { listTasks } from '../follow-up/list-tasks.js';
import { listTasksQuery } from '../follow-up/schemas.js';
import { listApplications } from '../applications/list-applications.js';
import { listApplicationsQuery } from '../applications/schemas.js';

/** The start page: a greeting, the person's tasks, applications and handovers waiting, the way to apply, and the accounts they can see per status. */
export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const actor = actorOf(c);
    const t = c.get('t');
    const locale = c.get('locale');
    const { db, statusCounts } = c.get('deps');
    const page = await listAccounts(
      db,
      actor,
      listAccountsQuery.parse({ pageSize: 1 }),
      stockholmDate(c.get('deps').clock.now()),
      statusCounts,
    );
    const tasks = await listTasks(
      db,
      c.get('deps').clock,
      actor,
      listTasksQuery.parse({ pageSize: 1 }),
    );
    const waiting = await listApplications(
      db,
      actor,
      listApplicationsQuery.parse({ view: 'waiting', pageSize: 1 }),
    );
    const awaiting = canAnywhere(actor, 'handover.manage')
      ? await countAwaitingHandover(db, actor)
      : { accounts: 0, tasks: 0 };
    return renderPage(
      c,
      t('home.title'),
      <>
        <h1>{t('home.welcome', { name: actor.name })}</h1>
        {tasks.total > 0 && (
          <p class="notice">
            {tasks.total === 1
              ? t('tasks.home_notice_one')
              : t('tasks.home_notice', { count: formatNumber(tasks.total, locale) })}{' '}
            <a href="/tasks">{t('tasks.home_link')}</a>
          </p>
        )}
        {waiting.total > 0 && (
          <p class="notice">
            {waiting.total === 1
              ? t('applications.pages.home_waiting_one')
              : t('applications.pages.home_waiting', {
                  count: formatNumber(waiting.total, locale),
                })}{' '}
            <a href="/applications?view=waiting">{t('applications.pages.home_waiting_link')}</a>
          </p>
        )}
        {awaiting.accounts > 0 && (
          <p class="notice">
            {awaiting.accounts === 1
              ? t('handovers.waiting_one')
              : t('handovers.waiting', { count: formatNumber(awaiting.accounts, locale) })}{' '}
            <a href="/handovers">{t('handovers.waiting_link')}</a>
          </p>
        )}
        <p>
          {t('applications.pages.home_apply_intro')}{' '}
          <a href="/applications/new">{t('applications.pages.new')}</a> ·{' '}
          <a href="/applications">{t('applications.pages.home_mine')}</a>
        </p>
        <section aria-labelledby="by-status">
          <h2 id="by-status">{t('home.accounts_by_status')}</h2>
          <p>
            {t('home.accounts_total')}:{' '}
            <a href="/accounts">
              <strong>{formatNumber(page.total, locale)}</strong>
            </a>
          </p>
          <ul class="tiles">
            {ACCOUNT_STATUSES.map((s) => (
              <li>
                <a href={`/accounts?status=${s}`}>
                  <span class="tile-number">{formatNumber(page.statusCounts[s], locale)}</span>
                  <span class="tile-label">{t(`accounts.status.${s}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      </>,
    );
  });
  return app;
}
