import { isUniqueViolation } from '../accounts/find-duplicate.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { toPlan, type Plan } from './plan.js';
import { assertYearFree, getPlanWithUnit, yearTaken } from './plan-queries.js';
import type { UpdatePlanInput } from './schemas.js';

type Field = keyof UpdatePlanInput;
const FIELDS: Field[] = ['year', 'title', 'notes'];

/** Changes the fields sent of a plan; a new year must not already have a plan for the unit. */
export async function updatePlan(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: UpdatePlanInput,
): Promise<Plan> {
  const { plan, unitPath } = await getPlanWithUnit(db, id);
  authorize(actor, 'audit.manage', unitPath);
  const next = {
    year: input.year ?? plan.year,
    title: input.title ?? plan.title,
    notes: input.notes ?? plan.notes,
  };
  const changed = FIELDS.filter((f) => next[f] !== plan[f]);
  if (changed.length === 0) return plan;
  if (next.year !== plan.year) await assertYearFree(db, plan.unitId, next.year, id);
  try {
    return await db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('ic_plans')
        .set({
          year: next.year,
          title: next.title,
          notes: next.notes,
          updated_at: clock.now().toISOString(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAuditEvent(tx, clock, {
        actorUserId: actor.userId,
        action: 'plan.update',
        objectType: 'plan',
        objectId: id,
        unitId: row.unit_id,
        summary: row.title,
        before: Object.fromEntries(changed.map((f) => [f, plan[f]])),
        after: Object.fromEntries(changed.map((f) => [f, next[f]])),
      });
      return toPlan(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw yearTaken(next.year);
    throw error;
  }
}
