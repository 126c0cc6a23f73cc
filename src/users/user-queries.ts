import { can, canAnywhere, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { forbidden, notFound } from '../platform/http/errors.js';
import { rolesOf, type UserWithRoles } from './list-users.js';
import { toUser } from './user.js';

/**
 * A user with all their roles, for an actor who gives roles: an administrator of the whole
 * organisation sees everyone, others only people holding a role within their part of the tree.
 */
export async function getUserForRoles(
  db: DbOrTx,
  actor: Actor,
  userId: number,
): Promise<UserWithRoles> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('units as home', 'home.id', 'u.home_unit_id')
    .selectAll('u')
    .select('home.name as home_unit_name')
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const roles = (await rolesOf(db, [userId])).get(userId) ?? [];
  const visible =
    canAnywhere(actor, 'user.manage') || roles.some((r) => can(actor, 'role.assign', r.unitPath));
  if (!visible) throw forbidden();
  return { ...toUser(row), homeUnitName: row.home_unit_name, roles };
}
