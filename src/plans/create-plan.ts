import { isUniqueViolation } from '../accounts/find-duplicate.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { toPlan, type Plan } from './plan.js';
import { assertYearFree, unitForPlan, yearTaken } from './plan-queries.js';
import type { CreatePlanInput } from './schemas.js';

/** Creates the plan of a unit for a year, where the actor may manage audits; one per year. */
export async function createPlan(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreatePlanInput,
): Promise<Plan> {
  const unitPath = await unitForPlan(db, input.unitId);
  authorize(actor, 'audit.manage', unitPath);
  await assertYearFree(db, input.unitId, input.year);
  const now = clock.now().toISOString();
  const values = {
    unitId: input.unitId,
    year: input.year,
    title: input.title,
    notes: input.notes ?? '',
  };
  try {
    return await db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('ic_plans')
        .values({
          unit_id: values.unitId,
          year: values.year,
          title: values.title,
          notes: values.notes,
          created_at: now,
          created_by: actor.userId,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAuditEvent(tx, clock, {
        actorUserId: actor.userId,
        action: 'plan.create',
        objectType: 'plan',
        objectId: row.id,
        unitId: row.unit_id,
        summary: row.title,
        after: values,
      });
      return toPlan(row);
    });
  } catch (error) {
    // Two people creating the same year's plan at once: the second gets the same answer.
    if (isUniqueViolation(error)) throw yearTaken(input.year);
    throw error;
  }
}
