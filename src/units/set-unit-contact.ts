import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { DbOrTx, Tx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';

export type ContactRole = 'manager' | 'communicator';

/**
 * Replaces the unit's manager or communicator shown on its form (a role at this unit) with
 * another person or nobody. Others holding the same role at the unit keep it.
 */
export async function setUnitContact(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  unit: { id: number; path: string; name: string },
  role: ContactRole,
  change: { from: number | null; to: number | null },
): Promise<void> {
  if (change.from === change.to) return;
  authorize(actor, 'role.assign', unit.path);
  const field = role === 'manager' ? 'managerUserId' : 'communicatorUserId';
  const person =
    change.to === null
      ? null
      : await tx
          .selectFrom('users')
          .select(['id', 'name'])
          .where('id', '=', change.to)
          .where('active', '=', 1)
          .executeTakeFirst();
  if (change.to !== null && !person) throw fieldError(field, 'units.no_such_user');
  if (change.from !== null) {
    const removed = await tx
      .deleteFrom('role_assignments')
      .where('unit_id', '=', unit.id)
      .where('role', '=', role)
      .where('user_id', '=', change.from)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) > 0)
      await recordAuditEvent(tx, clock, {
        actorUserId: actor.userId,
        action: 'role.remove',
        objectType: 'user',
        objectId: change.from,
        unitId: unit.id,
        summary: `${role} @ ${unit.name}`,
        before: { role, unitId: unit.id },
      });
  }
  if (person) {
    const held = await tx
      .selectFrom('role_assignments')
      .select('id')
      .where('unit_id', '=', unit.id)
      .where('role', '=', role)
      .where('user_id', '=', person.id)
      .executeTakeFirst();
    if (held) return;
    await tx
      .insertInto('role_assignments')
      .values({ user_id: person.id, unit_id: unit.id, role, created_at: clock.now().toISOString() })
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'role.assign',
      objectType: 'user',
      objectId: person.id,
      unitId: unit.id,
      summary: `${person.name}: ${role} @ ${unit.name}`,
      after: { role, unitId: unit.id },
    });
  }
}

/** The manager and communicator shown for a unit: the first given each role there. */
export async function unitContactIds(
  tx: DbOrTx,
  unitId: number,
): Promise<{ managerUserId: number | null; communicatorUserId: number | null }> {
  const rows = await tx
    .selectFrom('role_assignments')
    .select(['role', 'user_id'])
    .where('unit_id', '=', unitId)
    .where('role', 'in', ['manager', 'communicator'])
    .orderBy('id')
    .execute();
  return {
    managerUserId: rows.find((r) => r.role === 'manager')?.user_id ?? null,
    communicatorUserId: rows.find((r) => r.role === 'communicator')?.user_id ?? null,
  };
}
