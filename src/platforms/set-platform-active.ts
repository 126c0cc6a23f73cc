import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { findPlatform } from './list-platforms.js';
import type { Platform } from './platform.js';

/**
 * Takes a platform out of use (no new accounts can choose it; existing ones keep it)
 * or back into use.
 */
export async function setPlatformActive(
  db: Db,
  clock: Clock,
  actor: Actor,
  key: string,
  active: boolean,
): Promise<Platform> {
  authorizeAnywhere(actor, 'platform.manage');
  return db.transaction().execute(async (tx) => {
    const platform = await findPlatform(tx, key);
    if (platform.active === active) return platform;
    await tx
      .updateTable('platforms')
      .set({ active: active ? 1 : 0 })
      .where('key', '=', key)
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: active ? 'platform.enable' : 'platform.disable',
      objectType: 'platform',
      objectId: key,
      unitId: null,
      summary: platform.name,
      before: { active: platform.active },
      after: { active },
    });
    return { ...platform, active };
  });
}
