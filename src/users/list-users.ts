import { dbId } from '../platform/http/form.js';
import { sql, type ExpressionBuilder } from 'kysely';
import { z } from 'zod';
import {
  can,
  canAnywhere,
  ROLES,
  scopePaths,
  type Actor,
  type Role,
} from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { toUser, type User } from './user.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Filters, order and page of the user list. */
export const listUsersQuery = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  role: z.preprocess(emptyToUndefined, z.enum(ROLES).optional()),
  unit: z.preprocess(emptyToUndefined, dbId().optional()),
  home: z.preprocess(emptyToUndefined, dbId().optional()),
  status: z.preprocess(emptyToUndefined, z.enum(['active', 'inactive', 'all']).default('active')),
  sort: z.preprocess(
    emptyToUndefined,
    z.enum(['name', '-name', 'email', '-email']).default('name'),
  ),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

/** A role as the user list and page show it. */
export interface RoleHeld {
  id: number;
  role: Role;
  unitId: number;
  unitName: string;
  unitPath: string;
}

/** A user with the roles the actor may see. */
export interface UserWithRoles extends User {
  roles: RoleHeld[];
  homeUnitName: string | null;
}

type Eb = ExpressionBuilder<Database & { u: Database['users'] }, 'u'>;
const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);
const like = (v: string) => `%${escapeLike(v)}%`;

/**
 * The users an actor who gives roles may see: all of them for an administrator of the whole
 * organisation, otherwise those holding a role within the actor's part of the tree.
 */
export async function listUsers(
  db: DbOrTx,
  actor: Actor,
  query: ListUsersQuery,
): Promise<{ items: UserWithRoles[]; total: number }> {
  const everyone = canAnywhere(actor, 'user.manage');
  const scopes = scopePaths(actor, 'role.assign');
  const unitPath = query.unit
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path ?? '/nothing/')
    : null;
  const homePath = query.home
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.home).executeTakeFirst())
        ?.path ?? '/nothing/')
    : null;
  const holdsRole = (
    eb: Eb,
    role: Role | undefined,
    below: string | null,
    within: string[] | null,
  ) =>
    eb.exists(
      eb
        .selectFrom('role_assignments as r')
        .innerJoin('units as ru', 'ru.id', 'r.unit_id')
        .select(sql`1`.as('one'))
        .whereRef('r.user_id', '=', 'u.id')
        .$if(!!role, (qb) => qb.where('r.role', '=', role!))
        .$if(below !== null, (qb) => qb.where('ru.path', 'like', `${below}%`))
        .$if(within !== null, (qb) =>
          qb.where((e) => e.or(within!.map((p) => e('ru.path', 'like', `${p}%`)))),
        ),
    );
  const filtered = (eb: Eb) => {
    const parts = [];
    const within = everyone ? null : scopes.length > 0 ? scopes : ['/nothing/'];
    if (within) parts.push(holdsRole(eb, undefined, null, within));
    if (query.role || unitPath) parts.push(holdsRole(eb, query.role, unitPath, within));
    if (homePath)
      parts.push(
        eb(
          'u.home_unit_id',
          'in',
          eb.selectFrom('units as hu').select('hu.id').where('hu.path', 'like', `${homePath}%`),
        ),
      );
    if (query.status !== 'all') parts.push(eb('u.active', '=', query.status === 'active' ? 1 : 0));
    if (query.q) {
      const key = swedishSortKey(query.q);
      const text = [sql<boolean>`u.email like ${like(query.q.toLowerCase())} escape '\\'`];
      if (key) text.push(sql<boolean>`u.name_key like ${like(key)} escape '\\'`);
      parts.push(eb.or(text));
    }
    return eb.and(parts);
  };

  const { n } = await db
    .selectFrom('users as u')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(filtered)
    .executeTakeFirstOrThrow();
  const desc = query.sort.startsWith('-');
  const column = query.sort.replace(/^-/, '') === 'email' ? 'u.email' : 'u.name_key';
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('units as home', 'home.id', 'u.home_unit_id')
    .selectAll('u')
    .select('home.name as home_unit_name')
    .where(filtered)
    .orderBy(column, desc ? 'desc' : 'asc')
    .orderBy('u.id', desc ? 'desc' : 'asc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      ...toUser(r),
      homeUnitName: r.home_unit_name,
      roles: (roles.get(r.id) ?? []).filter((g) => can(actor, 'unit.read', g.unitPath)),
    })),
    total: Number(n),
  };
}

/** Every role of the given users, by user, in Swedish order of the unit names. */
export async function rolesOf(db: DbOrTx, userIds: number[]): Promise<Map<number, RoleHeld[]>> {
  const result = new Map<number, RoleHeld[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('role_assignments as r')
    .innerJoin('units as ru', 'ru.id', 'r.unit_id')
    .select(['r.id', 'r.user_id', 'r.role', 'r.unit_id', 'ru.name', 'ru.path'])
    .where('r.user_id', 'in', userIds)
    .orderBy('ru.name_key')
    .orderBy('r.role')
    .execute();
  for (const r of rows) {
    const list = result.get(r.user_id) ?? [];
    list.push({
      id: r.id,
      role: r.role as Role,
      unitId: r.unit_id,
      unitName: r.name,
      unitPath: r.path,
    });
    result.set(r.user_id, list);
  }
  return result;
}
