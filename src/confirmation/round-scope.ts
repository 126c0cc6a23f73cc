import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { scopePaths, type Actor, type Permission } from '../platform/auth/policy.js';

// A path that no unit has: an empty scope matches nothing.
const NOTHING = '/nothing/';

/** The units (by a `path` column) within the actor's reach for a permission. */
export function unitInScope(
  actor: Actor,
  permission: Permission,
  pathColumn: string,
): RawBuilder<SqlBool> {
  const paths = scopePaths(actor, permission);
  const list = paths.length > 0 ? paths : [NOTHING];
  return sql<SqlBool>`(${sql.join(
    list.map((p) => sql`${sql.ref(pathColumn)} like ${`${p}%`}`),
    sql` or `,
  )})`;
}

/**
 * Rounds (by their unit's `path` column) that reach into the actor's part of the organisation:
 * those over a unit within it, and those over a unit above it.
 */
export function roundInScope(
  actor: Actor,
  permission: Permission,
  pathColumn: string,
): RawBuilder<SqlBool> {
  const paths = scopePaths(actor, permission);
  const list = paths.length > 0 ? paths : [NOTHING];
  const column = sql.ref(pathColumn);
  return sql<SqlBool>`(${sql.join(
    list.map((p) => sql`(${column} like ${`${p}%`} or ${p} like ${column} || '%')`),
    sql` or `,
  )})`;
}

/** Whether two unit subtrees share a unit: one path begins the other. */
export const subtreesOverlap = (a: string, b: string): boolean =>
  a.startsWith(b) || b.startsWith(a);
