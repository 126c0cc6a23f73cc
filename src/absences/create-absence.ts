import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError, forbidden } from '../platform/http/errors.js';
import { toAbsence, type Absence } from './absence.js';
import { canManageAbsenceOf } from './absence-queries.js';
import { auditUnitOf, personScope } from './person-scope.js';
import type { CreateAbsenceInput } from './schemas.js';

/** Records an absence of the actor, or of someone whose absences the actor manages. */
export async function createAbsence(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateAbsenceInput,
): Promise<Absence> {
  const userId = input.userId ?? actor.userId;
  const scope = await personScope(db, userId).catch(() => {
    throw fieldError('userId', 'absences.person_unknown');
  });
  if (!scope.active) throw fieldError('userId', 'absences.person_unknown');
  if (!canManageAbsenceOf(actor, scope)) throw forbidden();
  const values = { startsOn: input.startsOn, endsOn: input.endsOn, note: input.note ?? '' };
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('absences')
      .values({
        user_id: userId,
        starts_on: values.startsOn,
        ends_on: values.endsOn,
        note: values.note,
        created_at: clock.now().toISOString(),
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'absence.create',
      objectType: 'absence',
      objectId: row.id,
      unitId: auditUnitOf(scope),
      summary: `${scope.name}: ${values.startsOn} – ${values.endsOn}`,
      after: { userId, ...values },
    });
    return toAbsence(row);
  });
}
