import type { DbOrTx } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { FeedScope, FeedWindow } from './feed-scope.js';
import { underPath, type Obligation } from './obligation.js';

/** The days audit reports are due, for audits not closed: those the person performs, or the unit's. */
export async function auditObligations(
  db: DbOrTx,
  scope: FeedScope,
  window: FeedWindow,
  t: Translate,
): Promise<Obligation[]> {
  const rows = await db
    .selectFrom('audits as x')
    .innerJoin('units as u', 'u.id', 'x.unit_id')
    .select([
      'x.id',
      'x.title',
      'x.kind',
      'x.year',
      'x.due_on',
      'x.updated_at',
      'u.name as unit_name',
    ])
    .where('x.status', '<>', 'closed')
    .where('x.due_on', '>=', window.from)
    .where('x.due_on', '<=', window.to)
    .where((eb) =>
      scope.kind === 'unit'
        ? underPath('u.path', scope.unitPath)
        : eb('x.auditor_user_id', '=', scope.userId),
    )
    .orderBy('x.id')
    .execute();
  return rows.map((r) => ({
    kind: 'audit',
    subjectId: r.id,
    date: r.due_on ?? window.today,
    changedAt: r.updated_at,
    name: r.title,
    sortKey: swedishSortKey(r.title),
    texts: () => ({
      summary: t('feeds.event.audit', { title: r.title }),
      description: t('feeds.audit_about', {
        kind: t(`audits.kind.${r.kind as 'response_time'}`),
        unit: r.unit_name,
        year: r.year,
      }),
    }),
    path: `/audits/${r.id}`,
  }));
}
