import { OPEN_STATUSES } from '../accounts/account.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { getUnit } from './unit-queries.js';
import { parentPath, type Unit } from './unit.js';

/** Deactivates a unit that has no active subunits or open accounts, or reactivates it. */
export async function setUnitActive(
  db: Db,
  clock: Clock,
  actor: Actor,
  unitId: number,
  active: boolean,
): Promise<Unit> {
  return db.transaction().execute(async (tx) => {
    const unit = await getUnit(tx, unitId);
    authorize(actor, 'unit.manage', unit.path);
    // Winding a unit up or bringing it back changes its parent's organisation.
    if (unit.parentId !== null) authorize(actor, 'unit.manage', parentPath(unit.path));
    if (unit.active === active) return unit;
    if (!active) {
      if (unit.parentId === null)
        throw new AppError('conflict', [{ path: [], message: 'units.root_cannot_deactivate' }]);
      const sub = await tx
        .selectFrom('units')
        .select('id')
        .where('parent_id', '=', unitId)
        .where('active', '=', 1)
        .limit(1)
        .executeTakeFirst();
      if (sub) throw new AppError('conflict', [{ path: [], message: 'units.has_active_subunits' }]);
      const open = await tx
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('unit_id', '=', unitId)
        .where('status', 'in', OPEN_STATUSES)
        .executeTakeFirstOrThrow();
      const count = Number(open.n);
      if (count > 0)
        throw new AppError('conflict', [
          { path: [], message: 'units.has_open_accounts', params: { count } },
        ]);
    } else if (unit.parentId !== null) {
      const parent = await getUnit(tx, unit.parentId);
      if (!parent.active)
        throw new AppError('conflict', [{ path: [], message: 'units.parent_inactive' }]);
    }
    await tx
      .updateTable('units')
      .set({ active: active ? 1 : 0, updated_at: clock.now().toISOString() })
      .where('id', '=', unitId)
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: active ? 'unit.reactivate' : 'unit.deactivate',
      objectType: 'unit',
      objectId: unitId,
      unitId,
      summary: unit.name,
      before: { active: unit.active },
      after: { active },
    });
    return { ...unit, active };
  });
}
