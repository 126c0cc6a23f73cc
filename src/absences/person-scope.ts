import { sql, type RawBuilder } from 'kysely';
import {
  can,
  canAnywhere,
  scopePaths,
  type Actor,
  type Permission,
} from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';

/** Where a person belongs: the units of the accounts they answer for, and their home unit. */
export interface PersonScope {
  userId: number;
  name: string;
  active: boolean;
  accountUnitPaths: string[];
  accountUnitIds: number[];
  homeUnitId: number | null;
  homeUnitPath: string | null;
}

/** Whether the person must be covered by the actor at `every` account's unit or at `some` one. */
export type ScopeMode = 'every' | 'some';

/** The units of the accounts a person owns or deputises for (not left), and their home unit. */
export async function personScope(db: DbOrTx, userId: number): Promise<PersonScope> {
  const user = await db
    .selectFrom('users as u')
    .leftJoin('units as h', 'h.id', 'u.home_unit_id')
    .select(['u.id', 'u.name', 'u.active', 'u.home_unit_id', 'h.path as home_path'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound();
  const held = await db
    .selectFrom('account_people as ap')
    .innerJoin('accounts as a', 'a.id', 'ap.account_id')
    .innerJoin('units as un', 'un.id', 'a.unit_id')
    .select(['un.id', 'un.path'])
    .where('ap.user_id', '=', userId)
    .where('ap.role', 'in', ['owner', 'deputy'])
    .where('ap.left_reason', 'is', null)
    .execute();
  return {
    userId: user.id,
    name: user.name,
    active: user.active === 1,
    accountUnitPaths: held.map((h) => h.path),
    accountUnitIds: [...new Set(held.map((h) => h.id))],
    homeUnitId: user.home_unit_id,
    homeUnitPath: user.home_path,
  };
}

/**
 * Whether the actor may act for the person with this permission: at their home unit, or at the
 * units of their accounts (every one or some one, by `mode`); anywhere if they hold no account.
 */
export function managesPerson(
  actor: Actor,
  permission: Permission,
  scope: PersonScope,
  mode: ScopeMode,
): boolean {
  if (scope.accountUnitPaths.length === 0) return canAnywhere(actor, permission);
  if (scope.homeUnitPath && can(actor, permission, scope.homeUnitPath)) return true;
  const allowed = (path: string) => can(actor, permission, path);
  return mode === 'every'
    ? scope.accountUnitPaths.every(allowed)
    : scope.accountUnitPaths.some(allowed);
}

/** The unit an audit row about the person is filed under: home unit, else their first account's. */
export function auditUnitOf(scope: PersonScope): number | null {
  return scope.homeUnitId ?? scope.accountUnitIds[0] ?? null;
}

const inPaths = (column: RawBuilder<unknown>, paths: string[]) =>
  sql.join(
    paths.map((p) => sql`${column} like ${`${p}%`}`),
    sql` or `,
  );

/**
 * SQL that holds for the people (by the user id column given) the actor may act for with this
 * permission, following `managesPerson`; `self` also admits the actor themselves.
 */
export function managedPeopleSql(
  actor: Actor,
  permission: Permission,
  userIdColumn: string,
  mode: ScopeMode,
  self = true,
): RawBuilder<boolean> {
  const me = self ? sql`${sql.ref(userIdColumn)} = ${actor.userId}` : sql`1 = 0`;
  const paths = scopePaths(actor, permission);
  if (paths.length === 0) return sql<boolean>`(${me})`;
  const held = (extra: RawBuilder<unknown>) => sql`exists (
    select 1 from account_people ap join accounts sa on sa.id = ap.account_id
    join units su on su.id = sa.unit_id
    where ap.user_id = ${sql.ref(userIdColumn)} and ap.role in ('owner', 'deputy')
      and ap.left_reason is null and ${extra})`;
  const path = sql.ref('su.path');
  const home = sql`exists (select 1 from users hu join units hun on hun.id = hu.home_unit_id
    where hu.id = ${sql.ref(userIdColumn)} and (${inPaths(sql.ref('hun.path'), paths)}))`;
  const accounts =
    mode === 'every'
      ? sql`not ${held(sql`not (${inPaths(path, paths)})`)}`
      : held(sql`(${inPaths(path, paths)})`);
  return sql<boolean>`(${me} or not ${held(sql`1 = 1`)} or ${home} or ${accounts})`;
}
