import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { actionSearchText, toAction, type Action } from './action.js';
import { assertOwner, getActionWithUnitPath, unitForAction } from './action-queries.js';
import type { UpdateActionInput } from './schemas.js';

type Field = keyof UpdateActionInput;
const FIELDS: Field[] = [
  'title',
  'description',
  'kind',
  'ownerUserId',
  'unitId',
  'dueOn',
  'status',
];

/** Changes the fields sent; moving an action needs the right to manage actions in both units. */
export async function updateAction(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: UpdateActionInput,
): Promise<Action> {
  const { action, unitPath } = await getActionWithUnitPath(db, id);
  authorize(actor, 'action.manage', unitPath);
  if (input.unitId !== undefined && input.unitId !== action.unitId)
    authorize(actor, 'action.manage', await unitForAction(db, input.unitId));
  if (input.ownerUserId !== undefined && input.ownerUserId !== action.ownerUserId)
    await assertOwner(db, input.ownerUserId);
  const next = {
    title: input.title ?? action.title,
    description: input.description ?? action.description,
    kind: input.kind ?? action.kind,
    ownerUserId: input.ownerUserId === undefined ? action.ownerUserId : input.ownerUserId,
    unitId: input.unitId ?? action.unitId,
    dueOn: input.dueOn === undefined ? action.dueOn : input.dueOn,
    status: input.status ?? action.status,
  };
  const changed = FIELDS.filter((f) => next[f] !== action[f]);
  if (changed.length === 0) return action;
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('actions')
      .set({
        title: next.title,
        title_key: swedishSortKey(next.title),
        description: next.description,
        search_text: actionSearchText(next.title, next.description),
        kind: next.kind,
        owner_user_id: next.ownerUserId,
        unit_id: next.unitId,
        due_on: next.dueOn,
        status: next.status,
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'action.update',
      objectType: 'action',
      objectId: id,
      unitId: row.unit_id,
      summary: row.title,
      before: Object.fromEntries(changed.map((f) => [f, action[f]])),
      after: Object.fromEntries(changed.map((f) => [f, next[f]])),
    });
    return toAction(row);
  });
}
