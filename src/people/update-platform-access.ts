import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { validate } from '../platform/http/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { PlatformAccess } from './account-person.js';
import { getPlatformAccess } from './list-platform-access.js';
import { assertChoosableUsers, editableAccount } from './people-queries.js';
import { recordAccessChange } from './record-access-change.js';
import { platformAccessInput, type UpdatePlatformAccessInput } from './schemas.js';

/** Changes the fields sent of a platform access row; `confirmToday` confirms it as of today. */
export async function updatePlatformAccess(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  accessId: number,
  input: UpdatePlatformAccessInput,
): Promise<PlatformAccess> {
  const { account } = await editableAccount(db, actor, accountId);
  const before = await getPlatformAccess(db, accountId, accessId);
  // A user chosen replaces a name written in, and the other way round; both at once is an error.
  let userId = before.userId;
  let personName = before.personName;
  if (input.personName !== undefined) {
    personName = input.personName;
    if (personName && input.userId === undefined) userId = null;
  }
  if (input.userId !== undefined) {
    userId = input.userId;
    if (userId && input.personName === undefined) personName = '';
  }
  const next = validate(platformAccessInput, {
    userId,
    personName,
    platformRole: input.platformRole ?? before.platformRole,
    confirmedOn: input.confirmToday
      ? stockholmDate(clock.now())
      : input.confirmedOn !== undefined
        ? input.confirmedOn
        : before.confirmedOn,
    note: input.note ?? before.note,
  });
  if (next.userId && next.userId !== before.userId)
    await assertChoosableUsers(db, [{ path: ['userId'], userId: next.userId }], new Set());
  return db.transaction().execute(async (tx) => {
    await tx
      .updateTable('platform_access')
      .set({
        user_id: next.userId ?? null,
        person_name: next.userId ? '' : (next.personName ?? ''),
        platform_role: next.platformRole,
        confirmed_on: next.confirmedOn ?? null,
        note: next.note ?? '',
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', accessId)
      .execute();
    const after = await getPlatformAccess(tx, accountId, accessId);
    const onlyConfirmed =
      input.confirmToday === true &&
      after.userId === before.userId &&
      after.personName === before.personName &&
      after.platformRole === before.platformRole &&
      after.note === before.note;
    const action = onlyConfirmed ? 'confirm' : 'change';
    await recordAccessChange(tx, clock, actor, account, action, before, after);
    return after;
  });
}
