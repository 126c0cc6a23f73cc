import type { ExpressionBuilder } from 'kysely';
import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { ancestorIds } from '../units/unit.js';
import { STEP_ROLES, type Application, type StepRole } from './application.js';

type Eb = ExpressionBuilder<Database & { a: Database['applications'] }, 'a'>;

/** Whether the actor holds a step role at the unit with this path or a unit above it. */
export function holdsStepRole(actor: Actor, role: StepRole, unitPath: string): boolean {
  return actor.grants.some((g) => g.role === role && unitPath.startsWith(g.unitPath));
}

/** Whether the actor may decide at the application's current step; never on their own. */
export function mayDecide(
  actor: Actor,
  app: Pick<Application, 'status' | 'currentStepRole' | 'applicantUserId'>,
  unitPath: string,
): boolean {
  return (
    app.status === 'submitted' &&
    app.currentStepRole !== null &&
    actor.userId !== app.applicantUserId &&
    holdsStepRole(actor, app.currentStepRole, unitPath)
  );
}

/** Whether the actor reviews the application at any of its steps (so may comment and read it). */
export function isReviewer(
  actor: Actor,
  app: Pick<Application, 'steps' | 'currentStepRole' | 'applicantUserId'>,
  unitPath: string,
): boolean {
  if (actor.userId === app.applicantUserId) return false;
  const roles = new Set<StepRole>([
    ...(app.steps ?? []),
    ...(app.currentStepRole ? [app.currentStepRole] : []),
  ]);
  return [...roles].some((r) => holdsStepRole(actor, r, unitPath));
}

/**
 * The active users other than those excluded who hold the role at the nearest unit at or above
 * the given one that has any: the people a waiting application is told to.
 */
export async function nearestReviewers(
  db: DbOrTx,
  role: StepRole,
  unitPath: string,
  exclude: readonly number[],
): Promise<number[]> {
  const ids = ancestorIds(unitPath);
  const rows = await db
    .selectFrom('role_assignments as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.unit_id', 'r.user_id'])
    .where('r.role', '=', role)
    .where('r.unit_id', 'in', ids)
    .where('u.active', '=', 1)
    .$if(exclude.length > 0, (q) => q.where('r.user_id', 'not in', [...exclude]))
    .orderBy('r.user_id')
    .execute();
  for (const unitId of [...ids].reverse()) {
    const found = rows.filter((r) => r.unit_id === unitId).map((r) => r.user_id);
    if (found.length > 0) return [...new Set(found)];
  }
  return [];
}

/**
 * The role that decides a step at the unit: the step's own when someone other than the applicant
 * holds it at or above the unit, else the communications unit (`admin`); null when nobody can.
 */
export async function effectiveStepRole(
  db: DbOrTx,
  role: StepRole,
  unitPath: string,
  applicantId: number,
): Promise<StepRole | null> {
  for (const candidate of role === 'admin' ? (['admin'] as const) : [role, 'admin' as const]) {
    const holders = await nearestReviewers(db, candidate, unitPath, [applicantId]);
    if (holders.length > 0) return candidate;
  }
  return null;
}

/**
 * Applications waiting for the actor's decision, as a filter on `applications as a`: submitted,
 * at a step whose role the actor holds at the unit or above, and not their own.
 */
export function waitingForActor(actor: Actor) {
  const grants = actor.grants.filter((g) => (STEP_ROLES as readonly string[]).includes(g.role));
  return (eb: Eb) => {
    if (grants.length === 0) return eb('a.id', '<', 0);
    return eb.and([
      eb('a.status', '=', 'submitted'),
      eb('a.applicant_user_id', '<>', actor.userId),
      eb.or(
        grants.map((g) =>
          eb.and([
            eb('a.current_step_role', '=', g.role),
            eb(
              'a.unit_id',
              'in',
              eb
                .selectFrom('units')
                .select('units.id')
                .where('units.path', 'like', `${g.unitPath}%`),
            ),
          ]),
        ),
      ),
    ]);
  };
}
