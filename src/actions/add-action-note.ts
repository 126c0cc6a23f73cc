import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { getActionWithUnitPath } from './action-queries.js';
import type { AddNoteInput } from './schemas.js';

/** Adds a dated follow-up note to an action the actor may manage; returns the note's id. */
export async function addActionNote(
  db: Db,
  clock: Clock,
  actor: Actor,
  actionId: number,
  input: AddNoteInput,
): Promise<number> {
  const { action, unitPath } = await getActionWithUnitPath(db, actionId);
  authorize(actor, 'action.manage', unitPath);
  const notedOn = input.notedOn ?? stockholmDate(clock.now());
  return db.transaction().execute(async (tx) => {
    const now = clock.now().toISOString();
    const row = await tx
      .insertInto('action_notes')
      .values({
        action_id: actionId,
        noted_on: notedOn,
        text: input.text,
        author_user_id: actor.userId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.updateTable('actions').set({ updated_at: now }).where('id', '=', actionId).execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'action.note',
      objectType: 'action',
      objectId: actionId,
      unitId: action.unitId,
      summary: action.title,
      after: { notedOn, text: input.text },
    });
    return row.id;
  });
}
