import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import { toAbsence, type Absence } from './absence.js';
import { manageableAbsence } from './absence-queries.js';
import { auditUnitOf } from './person-scope.js';
import type { UpdateAbsenceInput } from './schemas.js';

const FIELDS = ['startsOn', 'endsOn', 'note'] as const;

/** Changes an absence's dates or note; the last day may not come before the first. */
export async function updateAbsence(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: UpdateAbsenceInput,
): Promise<Absence> {
  const { absence, scope } = await manageableAbsence(db, actor, id);
  const next = {
    startsOn: input.startsOn ?? absence.startsOn,
    endsOn: input.endsOn ?? absence.endsOn,
    note: input.note ?? absence.note,
  };
  if (next.endsOn < next.startsOn) throw fieldError('endsOn', 'absences.ends_before_start');
  const changed = FIELDS.filter((f) => next[f] !== absence[f]);
  if (changed.length === 0) return absence;
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('absences')
      .set({ starts_on: next.startsOn, ends_on: next.endsOn, note: next.note })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'absence.update',
      objectType: 'absence',
      objectId: id,
      unitId: auditUnitOf(scope),
      summary: `${scope.name}: ${next.startsOn} – ${next.endsOn}`,
      before: Object.fromEntries(changed.map((f) => [f, absence[f]])),
      after: Object.fromEntries(changed.map((f) => [f, next[f]])),
    });
    return toAbsence(row);
  });
}
