import type { DbOrTx } from '../platform/db/database.js';

/**
 * The user ids of the owners and deputies (active, not left) of these accounts, by account; of
 * one person only, if asked.
 */
export async function answeringPeople(
  db: DbOrTx,
  accountIds: number[],
  only?: number,
): Promise<Map<number, number[]>> {
  const byAccount = new Map<number, number[]>();
  if (accountIds.length === 0) return byAccount;
  const rows = await db
    .selectFrom('account_people as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.account_id', 'p.user_id'])
    .where('p.account_id', 'in', accountIds)
    .where('p.role', 'in', ['owner', 'deputy'])
    .where('p.left_reason', 'is', null)
    .where('u.active', '=', 1)
    .$if(only !== undefined, (q) => q.where('p.user_id', '=', only!))
    .orderBy('p.account_id')
    .orderBy('p.user_id')
    .execute();
  for (const r of rows) {
    const list = byAccount.get(r.account_id) ?? [];
    if (r.user_id !== null && !list.includes(r.user_id)) list.push(r.user_id);
    byAccount.set(r.account_id, list);
  }
  return byAccount;
}
