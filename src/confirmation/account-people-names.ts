import type { DbOrTx } from '../platform/db/database.js';

/** A person who answers for an account. */
export interface AnsweringPerson {
  userId: number;
  name: string;
  email: string;
  role: 'owner' | 'deputy';
}

/** The owners and deputies (active, not left) of these accounts, owners first, by account. */
export async function accountPeopleNames(
  db: DbOrTx,
  accountIds: number[],
): Promise<Map<number, AnsweringPerson[]>> {
  const result = new Map<number, AnsweringPerson[]>();
  if (accountIds.length === 0) return result;
  const rows = await db
    .selectFrom('account_people as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.account_id', 'p.role', 'u.id', 'u.name', 'u.email'])
    .where('p.account_id', 'in', accountIds)
    .where('p.role', 'in', ['owner', 'deputy'])
    .where('p.left_reason', 'is', null)
    .where('u.active', '=', 1)
    .orderBy('p.account_id')
    .orderBy('p.role', 'desc')
    .orderBy('u.name_key')
    .execute();
  for (const r of rows) {
    const list = result.get(r.account_id) ?? [];
    list.push({ userId: r.id, name: r.name, email: r.email, role: r.role as 'owner' | 'deputy' });
    result.set(r.account_id, list);
  }
  return result;
}
