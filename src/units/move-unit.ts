import { sql } from 'kysely';
import { bumpRegisterVersion } from '../accounts/register-version.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import { getUnit } from './unit-queries.js';
import { parentPath, type Unit } from './unit.js';

/** Moves a unit, with everything below it, under another parent; accounts and history stay. */
export async function moveUnit(
  db: Db,
  clock: Clock,
  actor: Actor,
  unitId: number,
  newParentId: number,
): Promise<Unit> {
  return db.transaction().execute(async (tx) => {
    const unit = await getUnit(tx, unitId);
    authorize(actor, 'unit.manage', unit.path);
    if (unit.parentId === null) throw fieldError('parentId', 'units.root_cannot_move');
    // Taking a unit away from its parent is the parent's administrators' call too.
    authorize(actor, 'unit.manage', parentPath(unit.path));
    const parent = await tx
      .selectFrom('units')
      .selectAll()
      .where('id', '=', newParentId)
      .executeTakeFirst();
    if (!parent) throw fieldError('parentId', 'units.parent_required');
    authorize(actor, 'unit.manage', parent.path);
    if (parent.path.startsWith(unit.path))
      throw fieldError('parentId', 'units.cannot_move_below_itself');
    if (parent.active !== 1) throw fieldError('parentId', 'units.parent_inactive');
    if (parent.id === unit.parentId) return unit;

    const oldPrefix = unit.path;
    const newPrefix = `${parent.path}${unit.id}/`;
    const depthDelta = parent.depth + 1 - unit.depth;
    await tx
      .updateTable('units')
      .set({
        path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})`,
        depth: sql<number>`depth + ${depthDelta}`,
      })
      .where('path', 'like', `${oldPrefix}%`)
      .execute();
    await tx
      .updateTable('units')
      .set({ parent_id: parent.id, updated_at: clock.now().toISOString() })
      .where('id', '=', unit.id)
      .execute();
    await bumpRegisterVersion(tx);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'unit.move',
      objectType: 'unit',
      objectId: unit.id,
      unitId: unit.id,
      summary: unit.name,
      before: { parentId: unit.parentId },
      after: { parentId: parent.id },
    });
    return getUnit(tx, unit.id);
  });
}
