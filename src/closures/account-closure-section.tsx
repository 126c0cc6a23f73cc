import type { Child } from 'hono/jsx';
import type { AccountView } from '../accounts/read-account.js';
import { actorOf } from '../platform/http/require-actor.js';
import type { Ctx } from '../platform/http/context.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { UNDER_WAY } from './closure.js';
import { ClosureBadge } from './closure-labels.js';
import { latestClosure, mayWorkOnClosure } from './closure-queries.js';

/** On the account's page: the closure under way with its progress, or how to start one. */
export async function accountClosureSection(c: Ctx, view: AccountView): Promise<Child | null> {
  const { db } = c.get('deps');
  const t = c.get('t');
  const locale = c.get('locale');
  const a = view.account;
  const [detail, rights] = await Promise.all([
    latestClosure(db, a.id),
    mayWorkOnClosure(db, actorOf(c), a, view.unitPath),
  ]);
  const underWay = !!detail && UNDER_WAY.includes(detail.closure.status);
  const ended = a.status === 'closed' || a.status === 'gone';
  const mayStart = rights.manage && !underWay && !ended;
  if (!detail && !mayStart) return null;
  const href = `/accounts/${a.id}/closure`;
  const settled = detail?.steps.filter((s) => s.state !== 'todo').length ?? 0;
  return (
    <section aria-labelledby="s-closure" id="closure">
      <h2 id="s-closure">{t('closures.section_title')}</h2>
      {detail && (
        <p>
          <ClosureBadge status={detail.closure.status} t={t} />{' '}
          {underWay
            ? t('closures.section_progress', {
                since: formatDate(detail.closure.startedAt, locale),
                settled: formatNumber(settled, locale),
                steps: formatNumber(detail.steps.length, locale),
              })
            : t(
                detail.closure.status === 'done'
                  ? 'closures.section_done'
                  : 'closures.section_cancelled',
                {
                  date: formatDate(detail.closure.finishedAt ?? detail.closure.cancelledAt, locale),
                },
              )}
        </p>
      )}
      {detail?.closure.status === 'blocked' && (
        <p>
          {t('closures.section_blocked', {
            next: formatDate(detail.closure.nextAttemptOn, locale),
          })}
        </p>
      )}
      <div class="actions">
        {detail && (
          <a href={href} class={underWay ? 'button' : undefined}>
            {t(underWay ? 'closures.open_checklist' : 'closures.view_closure')}
          </a>
        )}
        {mayStart && (
          <a href={`${href}/new`} class={detail ? 'button' : 'button secondary'}>
            {t('closures.start_link')}
          </a>
        )}
      </div>
    </section>
  );
}
