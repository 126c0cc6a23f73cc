import type { DbOrTx } from '../platform/db/database.js';
import { PERSON_ROLES, toAccountPerson, type AccountPerson } from './account-person.js';

const roleOrder = (p: AccountPerson) => PERSON_ROLES.indexOf(p.role);

/** The people of each account among the ids: owner first, then deputies, then external contacts. */
export async function listAccountPeople(
  db: DbOrTx,
  accountIds: readonly number[],
): Promise<Map<number, AccountPerson[]>> {
  const result = new Map<number, AccountPerson[]>(accountIds.map((id) => [id, []]));
  if (accountIds.length === 0) return result;
  const rows = await db
    .selectFrom('account_people as p')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select(['u.name as user_name', 'u.email as user_email', 'u.active as user_active'])
    .select('u.name_key as user_key')
    .where('p.account_id', 'in', [...new Set(accountIds)])
    .orderBy('p.id')
    .execute();
  const keys = new Map(rows.map((r) => [r.id, r.user_key ?? r.external_name.toLowerCase()]));
  for (const row of rows) result.get(row.account_id)?.push(toAccountPerson(row));
  const key = (p: AccountPerson) => keys.get(p.id) ?? '';
  const byKey = (a: AccountPerson, b: AccountPerson) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id;
  for (const people of result.values())
    people.sort((a, b) => roleOrder(a) - roleOrder(b) || byKey(a, b));
  return result;
}

/** The people of one account. */
export async function listPeopleOfAccount(db: DbOrTx, accountId: number): Promise<AccountPerson[]> {
  return (await listAccountPeople(db, [accountId])).get(accountId) ?? [];
}

/** Whether a person counts towards the minimum: an owner or deputy, an active user, not left. */
export function countsAsPerson(p: AccountPerson): boolean {
  return p.role !== 'external' && p.active && p.leftReason === null;
}
