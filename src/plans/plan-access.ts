import { authorize, type Permission } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { idFromPath } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { getPlanWithUnit, type PlanWithUnit } from './plan-queries.js';

/** The plan of the path (`:id`), when the actor holds the permission at its unit. */
export async function planOfPath(c: Ctx, permission: Permission): Promise<PlanWithUnit> {
  const found = await getPlanWithUnit(c.get('deps').db, idFromPath(c));
  authorize(actorOf(c), permission, found.unitPath);
  return found;
}
