import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { computeYearlyReport } from '../reports/compute-yearly-report.js';
import { assertRoundOpen } from './assert-round-open.js';
import { getRound } from './get-round.js';
import { lockRounds } from './lock-rounds.js';
import { AppError } from '../platform/http/errors.js';

/**
 * Closes a round: no more answers are taken in it, and the yearly account report of its year
 * and units is computed and kept with it as it stood at closing.
 */
export async function closeRound(db: Db, clock: Clock, actor: Actor, id: number): Promise<void> {
  const round = await getRound(db, id);
  authorize(actor, 'round.manage', round.unitPath);
  assertRoundOpen(round);
  const now = clock.now();
  await db.transaction().execute(async (tx) => {
    await lockRounds(tx);
    const closed = await tx
      .updateTable('confirmation_rounds')
      .set({ status: 'closed', closed_at: now.toISOString(), closed_by: actor.userId })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) !== 1)
      throw new AppError('conflict', [{ path: [], message: 'rounds.already_closed' }]);
    const report = await computeYearlyReport(tx, {
      year: round.year,
      unit: { id: round.unitId, name: round.unitName, path: round.unitPath },
      now,
    });
    await tx
      .updateTable('confirmation_rounds')
      .set({ report_json: JSON.stringify(report) })
      .where('id', '=', id)
      .execute();
    const outcomes = report.rounds.find((r) => r.id === id)?.outcomes;
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'round.close',
      objectType: 'round',
      objectId: id,
      unitId: round.unitId,
      summary: round.title,
      before: { status: 'open' },
      after: { status: 'closed', outcomes: outcomes ?? null, report: report.total },
    });
  });
}
