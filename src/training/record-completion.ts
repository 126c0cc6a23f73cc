import { auditUnitOf, personScope } from '../absences/person-scope.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError, forbidden } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { toCompletion, type Completion } from './course.js';
import { canRecordTrainingOf } from './completion-queries.js';
import type { RecordCompletionInput } from './schemas.js';
import { validUntil } from './training-state.js';

/** Records that a person completed a course; it is valid for the course's months from that day. */
export async function recordCompletion(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: RecordCompletionInput,
): Promise<Completion> {
  const scope = await personScope(db, input.userId).catch(() => {
    throw fieldError('userId', 'training.person_required');
  });
  if (!canRecordTrainingOf(actor, scope)) throw forbidden();
  const course = await db
    .selectFrom('courses')
    .select(['id', 'name', 'validity_months'])
    .where('id', '=', input.courseId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!course) throw fieldError('courseId', 'training.course_required');
  if (input.completedOn > stockholmDate(clock.now()))
    throw fieldError('completedOn', 'training.completed_in_future');
  const values = {
    userId: input.userId,
    courseId: course.id,
    completedOn: input.completedOn,
    validUntil: validUntil(input.completedOn, course.validity_months),
    note: input.note ?? '',
  };
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('training_completions')
      .values({
        user_id: values.userId,
        course_id: values.courseId,
        completed_on: values.completedOn,
        valid_until: values.validUntil,
        note: values.note,
        created_at: clock.now().toISOString(),
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'training.record',
      objectType: 'training',
      objectId: row.id,
      unitId: auditUnitOf(scope),
      summary: `${scope.name}: ${course.name} ${values.completedOn}`,
      after: values,
    });
    return toCompletion(row);
  });
}
