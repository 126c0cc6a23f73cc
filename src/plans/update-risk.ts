import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { toRisk, type Risk } from './plan.js';
import { getPlanWithUnit, getRisk } from './plan-queries.js';
import type { UpdateRiskInput } from './schemas.js';

type Field = keyof UpdateRiskInput;
const FIELDS: Field[] = [
  'title',
  'description',
  'likelihood',
  'impact',
  'response',
  'responseNote',
];

/** Changes the fields sent of a risk of a plan whose unit the actor may manage audits in. */
export async function updateRisk(
  db: Db,
  clock: Clock,
  actor: Actor,
  planId: number,
  riskId: number,
  input: UpdateRiskInput,
): Promise<Risk> {
  const { plan, unitPath } = await getPlanWithUnit(db, planId);
  authorize(actor, 'audit.manage', unitPath);
  const risk = await getRisk(db, planId, riskId);
  const next = {
    title: input.title ?? risk.title,
    description: input.description ?? risk.description,
    likelihood: input.likelihood ?? risk.likelihood,
    impact: input.impact ?? risk.impact,
    response: input.response ?? risk.response,
    responseNote: input.responseNote ?? risk.responseNote,
  };
  const changed = FIELDS.filter((f) => next[f] !== risk[f]);
  if (changed.length === 0) return risk;
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('ic_risks')
      .set({
        title: next.title,
        description: next.description,
        likelihood: next.likelihood,
        impact: next.impact,
        response: next.response,
        response_note: next.responseNote,
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', riskId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'risk.update',
      objectType: 'risk',
      objectId: riskId,
      unitId: plan.unitId,
      summary: `${plan.year} · ${row.title}`,
      before: Object.fromEntries(changed.map((f) => [f, risk[f]])),
      after: Object.fromEntries(changed.map((f) => [f, next[f]])),
    });
    return toRisk(row);
  });
}
