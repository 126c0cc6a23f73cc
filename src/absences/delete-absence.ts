import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { manageableAbsence } from './absence-queries.js';
import { auditUnitOf } from './person-scope.js';

/** Removes an absence recorded by mistake, with the cover named for it. */
export async function deleteAbsence(db: Db, clock: Clock, actor: Actor, id: number): Promise<void> {
  const { absence, scope } = await manageableAbsence(db, actor, id);
  await db.transaction().execute(async (tx) => {
    const covers = await tx
      .selectFrom('absence_covers')
      .select(['account_id', 'cover_user_id'])
      .where('absence_id', '=', id)
      .orderBy('account_id')
      .execute();
    await tx.deleteFrom('absence_covers').where('absence_id', '=', id).execute();
    await tx.deleteFrom('absences').where('id', '=', id).execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'absence.delete',
      objectType: 'absence',
      objectId: id,
      unitId: auditUnitOf(scope),
      summary: `${scope.name}: ${absence.startsOn} – ${absence.endsOn}`,
      before: {
        userId: absence.userId,
        startsOn: absence.startsOn,
        endsOn: absence.endsOn,
        note: absence.note,
        covers: covers.map((c) => ({ accountId: c.account_id, coverUserId: c.cover_user_id })),
      },
    });
  });
}
