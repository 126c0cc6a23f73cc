import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { writeSetting } from '../platform/db/settings.js';
import { PEOPLE_POLICY_KEY, readPeoplePolicy, type PeoplePolicy } from './people-policy.js';

/** Changes the people policy (administrators of the whole organisation). */
export async function setPeoplePolicy(
  db: Db,
  clock: Clock,
  actor: Actor,
  policy: PeoplePolicy,
): Promise<PeoplePolicy> {
  authorizeAnywhere(actor, 'settings.manage');
  const before = await readPeoplePolicy(db);
  await db.transaction().execute(async (tx) => {
    await writeSetting(tx, PEOPLE_POLICY_KEY, policy, actor.userId, clock.now().toISOString());
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'settings.people',
      objectType: 'settings',
      objectId: PEOPLE_POLICY_KEY,
      unitId: null,
      summary: PEOPLE_POLICY_KEY,
      before,
      after: policy,
    });
  });
  return policy;
}
