import { sql } from 'kysely';
import { OPEN_STATUSES } from '../../accounts/account.js';
import type { DbOrTx } from '../../platform/db/database.js';
import type { RuleScope } from '../rule.js';
import { accountInScope, withoutIndex } from './account-scope.js';
import { windowPeople } from './window-people.js';

/** An open account of a window that has fewer people than asked, with those it has. */
export interface ShortAccount {
  id: number;
  unitId: number;
  displayName: string;
  people: number[];
}

/**
 * The open accounts of an id window with fewer than `min` owners and deputies (active, not
 * left). PostgreSQL counts them itself and sends only those; SQLite, in-process, reads the
 * window's accounts and people and counts here, which it does faster than a grouped join.
 */
export async function accountsShortOfPeople(
  db: DbOrTx,
  postgres: boolean,
  window: [number, number],
  min: number,
  scope: RuleScope,
): Promise<ShortAccount[]> {
  const [from, to] = window;
  const accounts = db
    .selectFrom('accounts as a')
    .where('a.id', '>=', from)
    .where('a.id', '<', to)
    .where(withoutIndex('a.status', OPEN_STATUSES))
    .where(accountInScope(scope));
  if (postgres) {
    const counted = db
      .selectFrom('account_people as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.account_id', sql<number>`count(*)`.as('n')])
      .select(sql<string>`string_agg(p.user_id::text, ',' order by p.role desc, p.id)`.as('ids'))
      .where('p.account_id', '>=', from)
      .where('p.account_id', '<', to)
      .where('p.role', 'in', ['owner', 'deputy'])
      .where('p.left_reason', 'is', null)
      .where('u.active', '=', 1)
      .groupBy('p.account_id');
    const rows = await accounts
      .leftJoin(counted.as('c'), 'c.account_id', 'a.id')
      .select(['a.id', 'a.unit_id', 'a.display_name', 'c.ids'])
      .where(sql<boolean>`coalesce(c.n, 0) < ${min}`)
      .orderBy('a.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      displayName: r.display_name,
      people: r.ids ? [...new Set(r.ids.split(',').map(Number))] : [],
    }));
  }
  const [rows, people] = await Promise.all([
    accounts.select(['a.id', 'a.unit_id', 'a.display_name']).orderBy('a.id').execute(),
    windowPeople(db, from, to),
  ]);
  return rows.flatMap((r) => {
    const ids = people.get(r.id) ?? [];
    return ids.length < min
      ? [{ id: r.id, unitId: r.unit_id, displayName: r.display_name, people: ids }]
      : [];
  });
}
