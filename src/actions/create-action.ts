import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { actionSearchText, toAction, type Action } from './action.js';
import { assertFinding, assertOwner, unitForAction } from './action-queries.js';
import type { CreateActionInput } from './schemas.js';

/** Creates an action in a unit where the actor may manage actions. */
export async function createAction(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateActionInput,
): Promise<Action> {
  const unitPath = await unitForAction(db, input.unitId);
  authorize(actor, 'action.manage', unitPath);
  await assertOwner(db, input.ownerUserId);
  await assertFinding(db, actor, input.auditId ?? null, input.accountId ?? null);
  const now = clock.now().toISOString();
  const values = {
    title: input.title,
    description: input.description ?? '',
    kind: input.kind,
    ownerUserId: input.ownerUserId ?? null,
    unitId: input.unitId,
    dueOn: input.dueOn ?? null,
    status: input.status ?? 'open',
  };
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('actions')
      .values({
        title: values.title,
        title_key: swedishSortKey(values.title),
        description: values.description,
        search_text: actionSearchText(values.title, values.description),
        kind: values.kind,
        owner_user_id: values.ownerUserId,
        unit_id: values.unitId,
        due_on: values.dueOn,
        status: values.status,
        audit_id: input.auditId ?? null,
        account_id: input.accountId ?? null,
        created_at: now,
        created_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'action.create',
      objectType: 'action',
      objectId: row.id,
      unitId: row.unit_id,
      summary: row.title,
      after: { ...values, auditId: input.auditId ?? null, accountId: input.accountId ?? null },
    });
    return toAction(row);
  });
}
