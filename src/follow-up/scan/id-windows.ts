import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.js';

/** Ids per window: large enough for few statements, small enough that a window's rows stay few. */
export const WINDOW = 10000;

type Keyed =
  | 'accounts'
  | 'actions'
  | 'absences'
  | 'users'
  | 'account_credentials'
  | 'account_people'
  | 'handover_tasks'
  | 'confirmation_items';

/**
 * Half-open id ranges [from, to) covering a table in order: keyset pagination by id, so that a
 * rule reads the register a window at a time and memory does not grow with it. `whole` gives
 * one window, for a scope that is small in itself (one person's accounts).
 */
export async function* idWindows(
  db: DbOrTx,
  table: Keyed,
  whole = false,
): AsyncGenerator<[number, number]> {
  const column = table === 'account_credentials' ? 'account_id' : 'id';
  // Two subqueries: SQLite finds a lone min() or max() in the index, but scans for both at once.
  const ref = sql.ref(column);
  const row = await sql<{ low: number | null; high: number | null }>`select
      (select min(${ref}) from ${sql.table(table)}) as low,
      (select max(${ref}) from ${sql.table(table)}) as high`
    .execute(db)
    .then((r) => r.rows[0]);
  if (row?.low == null || row.high == null) return;
  const [low, high] = [Number(row.low), Number(row.high)];
  if (whole) {
    yield [low, high + 1];
    return;
  }
  for (let from = low; from <= high; from += WINDOW) yield [from, from + WINDOW];
}
