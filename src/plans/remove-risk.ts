import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import type { Risk } from './plan.js';
import { getPlanWithUnit, getRisk } from './plan-queries.js';

/**
 * Removes a risk from a plan. A risk that an audit answers stays: the audit's report names it,
 * so removing it would leave the report without its reason.
 */
export async function removeRisk(
  db: Db,
  clock: Clock,
  actor: Actor,
  planId: number,
  riskId: number,
): Promise<Risk> {
  const { plan, unitPath } = await getPlanWithUnit(db, planId);
  authorize(actor, 'audit.manage', unitPath);
  const risk = await getRisk(db, planId, riskId);
  const refused = (count: number) =>
    new AppError('conflict', [{ path: [], message: 'plans.risk_has_audits', params: { count } }]);
  try {
    return await db.transaction().execute(async (tx) => {
      const linked = await tx
        .selectFrom('audits')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('risk_id', '=', riskId)
        .executeTakeFirstOrThrow();
      const count = Number(linked.n);
      if (count > 0) throw refused(count);
      await tx.deleteFrom('ic_risks').where('id', '=', riskId).execute();
      await recordAuditEvent(tx, clock, {
        actorUserId: actor.userId,
        action: 'risk.remove',
        objectType: 'risk',
        objectId: riskId,
        unitId: plan.unitId,
        summary: `${plan.year} · ${risk.title}`,
        before: {
          planId: plan.id,
          title: risk.title,
          description: risk.description,
          likelihood: risk.likelihood,
          impact: risk.impact,
          response: risk.response,
          responseNote: risk.responseNote,
        },
      });
      return risk;
    });
  } catch (error) {
    // An audit linked between the count and the delete: its foreign key stops the delete.
    if (isForeignKeyViolation(error)) throw refused(1);
    throw error;
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23503' ||
    e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ||
    /FOREIGN KEY constraint/.test(e?.message ?? '')
  );
}
