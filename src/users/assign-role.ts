import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { keepOneAdministrator } from './administrators.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError, notFound } from '../platform/http/errors.js';
import type { AssignRoleInput } from './schemas.js';

/** Gives a user a role at a unit the actor administers; giving it twice changes nothing. */
export async function assignRole(
  db: Db,
  clock: Clock,
  actor: Actor,
  userId: number,
  input: AssignRoleInput,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const unit = await tx
      .selectFrom('units')
      .select(['path', 'name'])
      .where('id', '=', input.unitId)
      .executeTakeFirst();
    if (!unit) throw fieldError('unitId', 'validation.required');
    authorize(actor, 'role.assign', unit.path);
    const user = await tx
      .selectFrom('users')
      .select('name')
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) throw notFound();
    const exists = await tx
      .selectFrom('role_assignments')
      .select('id')
      .where('user_id', '=', userId)
      .where('unit_id', '=', input.unitId)
      .where('role', '=', input.role)
      .executeTakeFirst();
    if (exists) return;
    await tx
      .insertInto('role_assignments')
      .values({
        user_id: userId,
        unit_id: input.unitId,
        role: input.role,
        created_at: clock.now().toISOString(),
      })
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'role.assign',
      objectType: 'user',
      objectId: userId,
      unitId: input.unitId,
      summary: `${user.name}: ${input.role} @ ${unit.name}`,
      after: input,
    });
  });
}

/** Takes a role assignment away; the last administrator of the whole organisation stays. */
export async function removeRole(
  db: Db,
  clock: Clock,
  actor: Actor,
  assignmentId: number,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('role_assignments as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .innerJoin('users as p', 'p.id', 'r.user_id')
      .select([
        'r.id',
        'r.user_id',
        'r.unit_id',
        'r.role',
        'u.path',
        'u.parent_id',
        'u.name as unit_name',
        'p.name',
      ])
      .where('r.id', '=', assignmentId)
      .executeTakeFirst();
    if (!row) throw notFound();
    authorize(actor, 'role.assign', row.path);
    if (row.role === 'admin' && row.parent_id === null)
      await keepOneAdministrator(tx, { assignmentId: row.id });
    await tx.deleteFrom('role_assignments').where('id', '=', assignmentId).execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'role.remove',
      objectType: 'user',
      objectId: row.user_id,
      unitId: row.unit_id,
      summary: `${row.name}: ${row.role} @ ${row.unit_name}`,
      before: { role: row.role, unitId: row.unit_id },
    });
  });
}
