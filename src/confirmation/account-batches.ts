import type { DbOrTx } from '../platform/db/database.js';

/** Ids per query: memory stays flat however large the register. */
export const BATCH = 500;

/**
 * Account ids a batch at a time: the person's own accounts when one is named, else
 * keyset pages of `next` (ascending ids after the last one), so that every query walks an index
 * in order however large the register.
 */
export async function* accountBatches(
  db: DbOrTx,
  userId: number | undefined,
  next: (after: number) => Promise<number[]>,
): AsyncIterable<number[]> {
  if (userId !== undefined) {
    const own = await db
      .selectFrom('account_people')
      .select('account_id')
      .distinct()
      .where('user_id', '=', userId)
      .where('role', 'in', ['owner', 'deputy'])
      .where('left_reason', 'is', null)
      .orderBy('account_id')
      .execute();
    for (let i = 0; i < own.length; i += BATCH)
      yield own.slice(i, i + BATCH).map((r) => r.account_id);
    return;
  }
  let after = 0;
  for (;;) {
    const ids = await next(after);
    if (ids.length === 0) return;
    yield ids;
    if (ids.length < BATCH) return;
    after = ids[ids.length - 1]!;
  }
}
