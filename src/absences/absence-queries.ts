import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { forbidden, notFound } from '../platform/http/errors.js';
import { toAbsence, type Absence, type AbsenceAccount } from './absence.js';
import { managesPerson, personScope, type PersonScope } from './person-scope.js';

/** One absence, or not found. */
export async function getAbsence(db: DbOrTx, id: number): Promise<Absence> {
  const row = await db.selectFrom('absences').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toAbsence(row);
}

/** Whether the actor may record or change absences of the person: themselves, or as a manager. */
export function canManageAbsenceOf(actor: Actor, scope: PersonScope): boolean {
  return actor.userId === scope.userId || managesPerson(actor, 'absence.manage', scope, 'every');
}

/** The absence with its person's scope, when the actor may change it; forbidden otherwise. */
export async function manageableAbsence(
  db: DbOrTx,
  actor: Actor,
  id: number,
): Promise<{ absence: Absence; scope: PersonScope }> {
  const absence = await getAbsence(db, id);
  const scope = await personScope(db, absence.userId);
  if (!canManageAbsenceOf(actor, scope)) throw forbidden();
  return { absence, scope };
}

/** The accounts the absent person answers for (active, not left), each with its cover, by name. */
export async function absenceAccounts(db: DbOrTx, absence: Absence): Promise<AbsenceAccount[]> {
  const rows = await db
    .selectFrom('account_people as ap')
    .innerJoin('accounts as a', 'a.id', 'ap.account_id')
    .innerJoin('units as un', 'un.id', 'a.unit_id')
    .innerJoin('users as au', 'au.id', 'ap.user_id')
    .leftJoin('absence_covers as c', (j) =>
      j.onRef('c.account_id', '=', 'ap.account_id').on('c.absence_id', '=', absence.id),
    )
    .leftJoin('users as cu', 'cu.id', 'c.cover_user_id')
    .select([
      'a.id',
      'a.display_name',
      'a.handle',
      'a.platform',

      'un.name as unit_name',
      'ap.role',
      'c.cover_user_id',
      'cu.name as cover_name',
    ])
    .where('ap.user_id', '=', absence.userId)
    .where('ap.role', 'in', ['owner', 'deputy'])
    .where('ap.left_reason', 'is', null)
    .where('au.active', '=', 1)
    .orderBy('a.name_key')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    accountId: r.id,
    displayName: r.display_name,
    handle: r.handle,
    platform: r.platform,
    unitName: r.unit_name,
    role: r.role as 'owner' | 'deputy',
    coverUserId: r.cover_user_id,
    coverName: r.cover_name,
  }));
}

/** The absence when the actor may see it: as one who may change it, or as a named cover. */
export async function readableAbsence(
  db: DbOrTx,
  actor: Actor,
  id: number,
): Promise<{ absence: Absence; scope: PersonScope; canManage: boolean }> {
  const absence = await getAbsence(db, id);
  const scope = await personScope(db, absence.userId);
  const canManage = canManageAbsenceOf(actor, scope);
  if (!canManage) {
    const cover = await db
      .selectFrom('absence_covers')
      .select('id')
      .where('absence_id', '=', id)
      .where('cover_user_id', '=', actor.userId)
      .executeTakeFirst();
    if (!cover) throw forbidden();
  }
  return { absence, scope, canManage };
}
