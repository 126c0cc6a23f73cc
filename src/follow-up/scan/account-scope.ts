import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { RuleScope } from '../rule.js';

const INTERNAL = sql.join([sql.lit('owner'), sql.lit('deputy')]);

/** Units at or below any of the paths, as SQL selecting their ids. */
export function unitsUnder(paths: readonly string[]): RawBuilder<unknown> {
  const likes = sql.join(
    paths.map((p) => sql`path like ${`${p}%`}`),
    sql` or `,
  );
  return sql`select id from units where ${likes}`;
}

/**
 * The scope as a condition on accounts (`alias.id`, `alias.unit_id`): the person's own accounts
 * (as owner or deputy, not left), the accounts in some units, or all.
 */
export function accountInScope(scope: RuleScope, alias = 'a'): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [];
  if (scope.userId !== undefined)
    parts.push(sql<SqlBool>`${sql.ref(`${alias}.id`)} in (select sp.account_id
      from account_people sp where sp.user_id = ${scope.userId}
      and sp.role in (${INTERNAL}) and sp.left_reason is null)`);
  if (scope.unitPaths !== undefined) parts.push(unitCondition(scope.unitPaths, `${alias}.unit_id`));
  if (parts.length === 0) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The column names a unit at or below the paths; no paths: nothing. */
export function unitCondition(paths: readonly string[], column: string): RawBuilder<SqlBool> {
  if (paths.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(column)} in (${unitsUnder(paths)})`;
}

/** Whether the scope is one person's, so that a single window suffices. */
export const isPersonal = (scope: RuleScope) => scope.userId !== undefined;

/**
 * `column in (values)` written so that no index on the column serves it: a rule reads a window
 * of ids through the primary key, and SQLite would otherwise walk an index over every account
 * in the status (or type) for each window.
 */
export function withoutIndex(column: string, values: readonly string[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} || '') in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
