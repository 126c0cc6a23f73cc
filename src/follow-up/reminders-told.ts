import { sql } from 'kysely';
import { isPostgres, type DbOrTx } from '../platform/db/database.js';
import { agePeriods, identityOf } from './reminder-key.js';
import type { DueItem } from './rule.js';

/** What has been told already about a batch of items, by identity. */
export interface Told {
  /** When each item was first reminded of; absent when never. */
  firstAt: Map<string, string>;
  /** To whom at which level, as `,userId:level,userId:level,`. */
  pairs: Map<string, string>;
}

/** Whether the reminder to the person at the level has been written already. */
export const wasTold = (told: Told, identity: string, userId: number, level: number) =>
  told.pairs.get(identity)?.includes(`,${userId}:${level},`) ?? false;

const CHUNK = 1000;
// More periods than this are left out of the statement: each would multiply the index probes.
const PERIOD_LIST_MAX = 50;

/**
 * The reminders already written about a batch of items, one row per subject and period: when
 * the first went out (for a gap told monthly, in the months before too, so that a gap that
 * lingers escalates although each month is a new period), and to whom at which level.
 */
export async function remindersTold(
  db: DbOrTx,
  items: readonly DueItem[],
  lookbackMonths: number,
): Promise<Told> {
  const told: Told = { firstAt: new Map(), pairs: new Map() };
  const earliest = new Map<string, string>();
  const periodsOf = new Map<string, string[]>();
  for (const item of items)
    if (!periodsOf.has(item.period))
      periodsOf.set(item.period, agePeriods(item.period, lookbackMonths));
  const periods = [...new Set([...periodsOf.values()].flat())];
  const concat = isPostgres(db)
    ? sql<string>`string_agg(user_id || ':' || level, ',')`
    : sql<string>`group_concat(user_id || ':' || level)`;
  for (const rule of new Set(items.map((i) => i.rule))) {
    const ofRule = items.filter((i) => i.rule === rule);
    const ids = [...new Set(ofRule.map((i) => i.subjectId))].sort((a, b) => a - b);
    const types = [...new Set(ofRule.map((i) => i.subjectType))];
    const wanted = new Set(ids);
    for (const part of idGroups(ids)) {
      let query = db
        .selectFrom('reminders')
        .select(['subject_type', 'subject_id', 'period', concat.as('told')])
        .select((eb) => eb.fn.min('created_at').as('first'))
        .where('rule', '=', rule)
        .where('subject_type', 'in', types);
      // A dense batch (a window of ids) is read as one range of the index, far faster than
      // probing each id.
      query = part.range
        ? query.where('subject_id', '>=', part.ids[0]!).where('subject_id', '<=', part.ids.at(-1)!)
        : query.where('subject_id', 'in', part.ids);
      if (periods.length <= PERIOD_LIST_MAX) query = query.where('period', 'in', periods);
      const rows = await query.groupBy(['subject_type', 'subject_id', 'period']).execute();
      for (const r of rows) {
        if (!wanted.has(r.subject_id)) continue;
        const identity = `${rule}|${r.subject_type}:${r.subject_id}|${r.period}`;
        earliest.set(identity, String(r.first));
        told.pairs.set(identity, `,${r.told},`);
      }
    }
  }
  if (earliest.size === 0) return told;
  for (const item of items) {
    const identity = identityOf(item);
    if (told.firstAt.has(identity)) continue;
    let first: string | undefined;
    for (const period of periodsOf.get(item.period)!) {
      const at = earliest.get(period === item.period ? identity : identityOf({ ...item, period }));
      if (at && (!first || at < first)) first = at;
    }
    if (first) told.firstAt.set(identity, first);
  }
  return told;
}

// Sorted ids as one range when they are dense, else in chunks for `in` lists.
function idGroups(ids: readonly number[]): { range: boolean; ids: readonly number[] }[] {
  if (ids.length === 0) return [];
  if (ids.at(-1)! - ids[0]! < ids.length * 20) return [{ range: true, ids }];
  const groups = [];
  for (let i = 0; i < ids.length; i += CHUNK)
    groups.push({ range: false, ids: ids.slice(i, i + CHUNK) });
  return groups;
}
