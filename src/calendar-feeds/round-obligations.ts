import type { DbOrTx } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { FeedScope, FeedWindow } from './feed-scope.js';
import { answeredFor, nameList, underPath, type Obligation } from './obligation.js';

/**
 * The closing days of open confirmation rounds that still wait for an answer in the scope: for a
 * person, one event per round listing their unanswered accounts; for a unit, one per round.
 */
export async function roundObligations(
  db: DbOrTx,
  scope: FeedScope,
  window: FeedWindow,
  t: Translate,
): Promise<Obligation[]> {
  const open = db
    .selectFrom('confirmation_items as i')
    .innerJoin('confirmation_rounds as r', 'r.id', 'i.round_id')
    .where('r.status', '=', 'open')
    .where('i.outcome', 'is', null)
    .where('r.closes_on', '>=', window.from)
    .where('r.closes_on', '<=', window.to);
  if (scope.kind === 'unit') {
    const rows = await open
      .innerJoin('units as u', 'u.id', 'i.unit_id')
      .where(underPath('u.path', scope.unitPath))
      .select((eb) => ['r.id', 'r.title', 'r.closes_on', 'r.created_at', eb.fn.countAll().as('n')])
      .groupBy(['r.id', 'r.title', 'r.closes_on', 'r.created_at'])
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({
      kind: 'confirm',
      subjectId: r.id,
      date: r.closes_on,
      changedAt: r.created_at,
      name: r.title,
      sortKey: swedishSortKey(r.title),
      texts: () => ({
        summary: t('feeds.event.confirm', { title: r.title }),
        description: t('feeds.event.confirm_unit', { count: Number(r.n), unit: scope.name }),
      }),
      path: `/rounds/${r.id}`,
    }));
  }
  const rows = await open
    .innerJoin('accounts as a', 'a.id', 'i.account_id')
    .leftJoin('platforms as pf', 'pf.key', 'a.platform')
    .where('i.account_id', 'in', answeredFor(scope.userId))
    .select([
      'r.id',
      'r.title',
      'r.closes_on',
      'r.created_at',
      'a.display_name',
      'a.platform',
      'pf.name as platform_name',
    ])
    .orderBy('r.id')
    .orderBy('a.name_key')
    .orderBy('a.id')
    .execute();
  const rounds = new Map<number, { row: (typeof rows)[number]; names: string[] }>();
  for (const row of rows) {
    const round = rounds.get(row.id) ?? { row, names: [] };
    round.names.push(`${row.display_name} (${row.platform_name ?? row.platform})`);
    rounds.set(row.id, round);
  }
  return [...rounds.values()].map(({ row, names }) => ({
    kind: 'confirm',
    subjectId: row.id,
    date: row.closes_on,
    changedAt: row.created_at,
    name: row.title,
    sortKey: swedishSortKey(row.title),
    texts: () => ({
      summary: t('feeds.event.confirm', { title: row.title }),
      description: `${t('feeds.event.confirm_person', { count: names.length })}\n${nameList(names, t)}`,
    }),
    path: '/confirm',
  }));
}
