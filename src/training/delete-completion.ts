import { auditUnitOf, personScope } from '../absences/person-scope.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { forbidden } from '../platform/http/errors.js';
import { canRecordTrainingOf, getCompletion, type CompletionEntry } from './completion-queries.js';

/** Removes a completion recorded by mistake. */
export async function deleteCompletion(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
): Promise<CompletionEntry> {
  const completion = await getCompletion(db, id);
  const scope = await personScope(db, completion.userId);
  if (!canRecordTrainingOf(actor, scope)) throw forbidden();
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('training_completions').where('id', '=', id).execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'training.delete',
      objectType: 'training',
      objectId: id,
      unitId: auditUnitOf(scope),
      summary: `${scope.name}: ${completion.courseName} ${completion.completedOn}`,
      before: {
        userId: completion.userId,
        courseId: completion.courseId,
        completedOn: completion.completedOn,
        validUntil: completion.validUntil,
        note: completion.note,
      },
    });
  });
  return completion;
}
