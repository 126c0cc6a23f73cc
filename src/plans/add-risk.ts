import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { riskScore, toRisk, type Risk } from './plan.js';
import { getPlanWithUnit } from './plan-queries.js';
import type { RiskInput } from './schemas.js';

/** Adds a scored risk to a plan whose unit the actor may manage audits in. */
export async function addRisk(
  db: Db,
  clock: Clock,
  actor: Actor,
  planId: number,
  input: RiskInput,
): Promise<Risk> {
  const { plan, unitPath } = await getPlanWithUnit(db, planId);
  authorize(actor, 'audit.manage', unitPath);
  const now = clock.now().toISOString();
  const values = {
    title: input.title,
    description: input.description ?? '',
    likelihood: input.likelihood,
    impact: input.impact,
    response: input.response,
    responseNote: input.responseNote ?? '',
  };
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('ic_risks')
      .values({
        plan_id: plan.id,
        title: values.title,
        description: values.description,
        likelihood: values.likelihood,
        impact: values.impact,
        response: values.response,
        response_note: values.responseNote,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'risk.create',
      objectType: 'risk',
      objectId: row.id,
      unitId: plan.unitId,
      summary: `${plan.year} · ${row.title}`,
      after: { planId: plan.id, ...values, score: riskScore(values.likelihood, values.impact) },
    });
    return toRisk(row);
  });
}
