import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { PlatformAccess } from './account-person.js';
import { getPlatformAccess } from './list-platform-access.js';
import { editableAccount } from './people-queries.js';
import { recordAccessChange } from './record-access-change.js';

/** Removes a platform access row: the person no longer holds a role at the platform. */
export async function removePlatformAccess(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  accessId: number,
): Promise<PlatformAccess> {
  const { account } = await editableAccount(db, actor, accountId);
  const before = await getPlatformAccess(db, accountId, accessId);
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('platform_access').where('id', '=', accessId).execute();
    await recordAccessChange(tx, clock, actor, account, 'remove', before, null);
  });
  return before;
}
