import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { getUnit } from './unit-queries.js';
import type { UpdateUnitInput } from './schemas.js';
import { setUnitContact, unitContactIds } from './set-unit-contact.js';
import type { Unit } from './unit.js';

/** Renames a unit, changes its kind or its manager and communicator. */
export async function updateUnit(
  db: Db,
  clock: Clock,
  actor: Actor,
  unitId: number,
  input: UpdateUnitInput,
): Promise<Unit> {
  return db.transaction().execute(async (tx) => {
    const before = await getUnit(tx, unitId);
    authorize(actor, 'unit.manage', before.path);
    const contactsBefore = await unitContactIds(tx, unitId);
    await tx
      .updateTable('units')
      .set({
        name: input.name,
        name_key: swedishSortKey(input.name),
        // The top of the tree is always the municipality.
        kind: before.parentId === null ? 'municipality' : input.kind,
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', unitId)
      .execute();
    await setUnitContact(tx, clock, actor, before, 'manager', {
      from: contactsBefore.managerUserId,
      to: input.managerUserId,
    });
    await setUnitContact(tx, clock, actor, before, 'communicator', {
      from: contactsBefore.communicatorUserId,
      to: input.communicatorUserId,
    });
    const after = await getUnit(tx, unitId);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'unit.update',
      objectType: 'unit',
      objectId: unitId,
      unitId,
      summary: after.name,
      before: { name: before.name, kind: before.kind, ...contactsBefore },
      after: {
        name: after.name,
        kind: after.kind,
        managerUserId: input.managerUserId,
        communicatorUserId: input.communicatorUserId,
      },
    });
    return after;
  });
}
