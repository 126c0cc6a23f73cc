import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { writeSetting } from '../platform/db/settings.js';
import {
  FOLLOW_UP_POLICY_KEY,
  readFollowUpPolicy,
  type FollowUpPolicy,
} from './follow-up-policy.js';

/** Changes the follow-up policy (administrators of the whole organisation), with its audit row. */
export async function setFollowUpPolicy(
  db: Db,
  clock: Clock,
  actor: Actor,
  policy: FollowUpPolicy,
): Promise<FollowUpPolicy> {
  authorizeAnywhere(actor, 'settings.manage');
  const before = await readFollowUpPolicy(db);
  await db.transaction().execute(async (tx) => {
    await writeSetting(tx, FOLLOW_UP_POLICY_KEY, policy, actor.userId, clock.now().toISOString());
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'settings.follow_up',
      objectType: 'settings',
      objectId: FOLLOW_UP_POLICY_KEY,
      unitId: null,
      summary: FOLLOW_UP_POLICY_KEY,
      before,
      after: policy,
    });
  });
  return policy;
}
