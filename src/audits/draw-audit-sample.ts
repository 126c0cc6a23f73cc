import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { toAudit, type Audit, type SampleRecord } from './audit.js';
import { assertAuditOpen } from './assert-audit-open.js';
import { accountsInScope, getAuditWithUnitPath } from './audit-queries.js';
import { DRAW_METHOD, drawSample, newSeed } from './draw-sample.js';
import { planSample, populationFor } from './sample-plan.js';
import type { DrawRequest } from './sample-schemas.js';
import { assertSpotCheck, hasChecks } from './spot-check-queries.js';

const checksRecorded = () =>
  new AppError('conflict', [{ path: [], message: 'spot_check.checks_recorded' }]);

/**
 * Draws a spot check's sample from the accounts now in scope: the population is kept as it was,
 * with the seed, so that anyone can draw it again. A sample may be drawn again until the first
 * account is checked; a planned audit is in progress from the draw on.
 */
export async function drawAuditSample(
  db: Db,
  clock: Clock,
  actor: Actor,
  auditId: number,
  request: DrawRequest,
  version?: number,
): Promise<Audit> {
  const found = await getAuditWithUnitPath(db, auditId);
  authorize(actor, 'audit.manage', found.unitPath);
  assertSpotCheck(found);
  assertAuditOpen(found.audit);
  if (version !== undefined && version !== found.audit.version) throw new AppError('stale_version');
  if (await hasChecks(db, auditId)) throw checksRecorded();
  const { params } = request;
  const seed = request.seed ?? newSeed();
  return db.transaction().execute(async (tx) => {
    // Read again inside the transaction: a check recorded meanwhile fixes the sample.
    if (await hasChecks(tx, auditId)) throw checksRecorded();
    const population = populationFor(
      await accountsInScope(tx, found.audit.scope),
      params.stratifyBy,
    );
    const plan = planSample(params, population);
    const accountIds = drawSample({
      seed,
      n: plan.n,
      population,
      stratified: params.stratifyBy !== 'none',
    });
    const sample: SampleRecord = {
      params,
      seed,
      method: DRAW_METHOD,
      n: accountIds.length,
      populationSize: plan.populationSize,
      reasoning: plan.reasoning,
      drawnAt: clock.now().toISOString(),
      drawnBy: actor.userId,
      accountIds,
    };
    const status = found.audit.status === 'planned' ? 'in_progress' : found.audit.status;
    const row = await tx
      .updateTable('audits')
      .set({
        sample_json: JSON.stringify(sample),
        population_json: JSON.stringify(population),
        status,
        version: found.audit.version + 1,
        updated_at: sample.drawnAt,
      })
      .where('id', '=', auditId)
      .where('version', '=', found.audit.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('stale_version');
    const summary = (s: SampleRecord) => ({
      params: s.params,
      seed: s.seed,
      method: s.method,
      n: s.n,
      populationSize: s.populationSize,
    });
    const before = found.audit.sample;
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: before ? 'audit.redraw_sample' : 'audit.draw_sample',
      objectType: 'audit',
      objectId: auditId,
      unitId: row.unit_id,
      summary: row.title,
      before: before
        ? { ...summary(before), status: found.audit.status }
        : { status: found.audit.status },
      after: { ...summary(sample), status },
    });
    return toAudit(row);
  });
}
