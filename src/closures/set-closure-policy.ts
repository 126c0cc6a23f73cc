import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { writeSetting } from '../platform/db/settings.js';
import { CLOSURE_POLICY_KEY, readClosurePolicy, type ClosurePolicy } from './closure-policy.js';

/** Changes the closure policy (administrators of the whole organisation). */
export async function setClosurePolicy(
  db: Db,
  clock: Clock,
  actor: Actor,
  policy: ClosurePolicy,
): Promise<ClosurePolicy> {
  authorizeAnywhere(actor, 'settings.manage');
  const before = await readClosurePolicy(db);
  await db.transaction().execute(async (tx) => {
    await writeSetting(tx, CLOSURE_POLICY_KEY, policy, actor.userId, clock.now().toISOString());
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'settings.closures',
      objectType: 'settings',
      objectId: CLOSURE_POLICY_KEY,
      unitId: null,
      summary: CLOSURE_POLICY_KEY,
      before,
      after: policy,
    });
  });
  return policy;
}
