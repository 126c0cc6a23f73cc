import type { DbOrTx } from '../../platform/db/database.js';

/**
 * The people who answer for the accounts of an id window (owner and deputies, active, not
 * left), owner first: one range read, rather than a lookup per account.
 */
export async function windowPeople(
  db: DbOrTx,
  from: number,
  to: number,
): Promise<Map<number, number[]>> {
  const rows = await db
    .selectFrom('account_people as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.account_id', 'p.user_id', 'p.role'])
    .where('p.account_id', '>=', from)
    .where('p.account_id', '<', to)
    .where('p.role', 'in', ['owner', 'deputy'])
    .where('p.left_reason', 'is', null)
    .where('u.active', '=', 1)
    .execute();
  const result = new Map<number, number[]>();
  for (const row of rows) {
    const list = result.get(row.account_id) ?? [];
    if (row.user_id === null || list.includes(row.user_id)) continue;
    if (row.role === 'owner') list.unshift(row.user_id);
    else list.push(row.user_id);
    result.set(row.account_id, list);
  }
  return result;
}
