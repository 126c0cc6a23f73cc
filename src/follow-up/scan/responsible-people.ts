import type { DbOrTx } from '../../platform/db/database.js';
import { windowPeople } from './window-people.js';

const CHUNK = 1000;

/**
 * The people who answer for each account: its owner and deputies who are active users and have
 * not left, owner first. Accounts with nobody are absent from the map.
 */
export async function responsiblePeople(
  db: DbOrTx,
  accountIds: readonly number[],
): Promise<Map<number, number[]>> {
  const sorted = [...accountIds].sort((a, b) => a - b);
  // Ids close together (a window's accounts) are read as one range, rather than looked up.
  if (sorted.length > 0 && sorted.at(-1)! - sorted[0]! < sorted.length * 4) {
    const people = await windowPeople(db, sorted[0]!, sorted.at(-1)! + 1);
    const wanted = new Set(accountIds);
    for (const id of people.keys()) if (!wanted.has(id)) people.delete(id);
    return people;
  }
  const result = new Map<number, number[]>();
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('account_people as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.account_id', 'p.user_id'])
      .where('p.account_id', 'in', accountIds.slice(i, i + CHUNK))
      .where('p.role', 'in', ['owner', 'deputy'])
      .where('p.left_reason', 'is', null)
      .where('u.active', '=', 1)
      .orderBy('p.account_id')
      .orderBy('p.role', 'desc')
      .orderBy('p.id')
      .execute();
    for (const row of rows) {
      const list = result.get(row.account_id) ?? [];
      if (row.user_id !== null && !list.includes(row.user_id)) list.push(row.user_id);
      result.set(row.account_id, list);
    }
  }
  return result;
}
