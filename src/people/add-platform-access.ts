import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { PlatformAccess } from './account-person.js';
import { getPlatformAccess } from './list-platform-access.js';
import { assertChoosableUsers, editableAccount } from './people-queries.js';
import { recordAccessChange } from './record-access-change.js';
import type { PlatformAccessInput } from './schemas.js';

/** Records that someone holds a role at the platform for an account. */
export async function addPlatformAccess(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: PlatformAccessInput,
): Promise<PlatformAccess> {
  const { account } = await editableAccount(db, actor, accountId);
  if (input.userId)
    await assertChoosableUsers(db, [{ path: ['userId'], userId: input.userId }], new Set());
  return db.transaction().execute(async (tx) => {
    const now = clock.now().toISOString();
    const { id } = await tx
      .insertInto('platform_access')
      .values({
        account_id: accountId,
        user_id: input.userId ?? null,
        person_name: input.userId ? '' : (input.personName ?? ''),
        platform_role: input.platformRole,
        confirmed_on: input.confirmedOn ?? null,
        note: input.note ?? '',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = await getPlatformAccess(tx, accountId, id);
    await recordAccessChange(tx, clock, actor, account, 'add', null, after);
    return after;
  });
}
