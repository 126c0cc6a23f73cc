import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import type { CreateUnitInput } from './schemas.js';
import { setUnitContact } from './set-unit-contact.js';
import { toUnit, type Unit, type UnitKind } from './unit.js';

/** Inserts a unit under a parent path (or as the top of the tree) and fixes its own path. */
export async function insertUnit(
  tx: Tx,
  clock: Clock,
  values: {
    name: string;
    kind: UnitKind;
    parent: { id: number; path: string; depth: number } | null;
  },
): Promise<Unit> {
  const now = clock.now().toISOString();
  const { id } = await tx
    .insertInto('units')
    .values({
      parent_id: values.parent?.id ?? null,
      name: values.name,
      name_key: swedishSortKey(values.name),
      kind: values.kind,
      path: '/',
      depth: values.parent ? values.parent.depth + 1 : 0,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await tx
    .updateTable('units')
    .set({ path: `${values.parent?.path ?? '/'}${id}/` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUnit(row);
}

/** Creates a unit below an active parent that the actor administers. */
export async function createUnit(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateUnitInput,
): Promise<Unit> {
  return db.transaction().execute(async (tx) => {
    const parent = await tx
      .selectFrom('units')
      .select(['id', 'path', 'depth', 'active'])
      .where('id', '=', input.parentId)
      .executeTakeFirst();
    if (!parent) throw fieldError('parentId', 'units.parent_required');
    authorize(actor, 'unit.manage', parent.path);
    if (parent.active !== 1) throw fieldError('parentId', 'units.parent_inactive');
    const unit = await insertUnit(tx, clock, { name: input.name, kind: input.kind, parent });
    await setUnitContact(tx, clock, actor, unit, 'manager', {
      from: null,
      to: input.managerUserId,
    });
    await setUnitContact(tx, clock, actor, unit, 'communicator', {
      from: null,
      to: input.communicatorUserId,
    });
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'unit.create',
      objectType: 'unit',
      objectId: unit.id,
      unitId: unit.id,
      summary: unit.name,
      after: { ...input },
    });
    return unit;
  });
}
