import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { writeSetting } from '../platform/db/settings.js';
import { validate } from '../platform/http/form.js';
import {
  APPLICATION_POLICY_KEY,
  applicationPolicySchema,
  readApplicationPolicy,
  type ApplicationPolicy,
} from './application-policy.js';

/**
 * Changes the approval steps and the end of the school year (administrators of the whole
 * organisation). Applications already sent keep the steps they were sent with.
 */
export async function setApplicationPolicy(
  db: Db,
  clock: Clock,
  actor: Actor,
  policy: ApplicationPolicy,
): Promise<ApplicationPolicy> {
  authorizeAnywhere(actor, 'settings.manage');
  const checked = validate(applicationPolicySchema, policy);
  const before = await readApplicationPolicy(db);
  await db.transaction().execute(async (tx) => {
    await writeSetting(
      tx,
      APPLICATION_POLICY_KEY,
      checked,
      actor.userId,
      clock.now().toISOString(),
    );
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'settings.applications',
      objectType: 'settings',
      objectId: APPLICATION_POLICY_KEY,
      unitId: null,
      summary: APPLICATION_POLICY_KEY,
      before,
      after: checked,
    });
  });
  return checked;
}
