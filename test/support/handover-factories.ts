import { recordAuditEvent } from '../../src/audit-trail/record-audit-event.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';

/** Names a user as owner or deputy of an account, as the account's people form would. */
export async function addAccountPerson(
  db: Db,
  clock: Clock,
  accountId: number,
  userId: number,
  role: 'owner' | 'deputy',
): Promise<void> {
  await db
    .insertInto('account_people')
    .values({
      account_id: accountId,
      role,
      user_id: userId,
      external_name: '',
      external_email: '',
      external_organisation: '',
      created_at: clock.now().toISOString(),
      created_by: null,
    })
    .execute();
}

/** A vault record for an account; its sealed contents do not matter to a handover. */
export async function addVaultRecord(db: Db, clock: Clock, accountId: number): Promise<void> {
  const now = clock.now().toISOString();
  await db
    .insertInto('account_credentials')
    .values({
      account_id: accountId,
      kek_id: 'test',
      wrapped_key: 'wrapped',
      username_ct: null,
      password_ct: null,
      recovery_codes_ct: null,
      notes_ct: null,
      password_changed_on: null,
      rotation_months: null,
      rotate_reason: null,
      rotate_flagged_at: null,
      created_at: now,
      updated_at: now,
      updated_by: null,
    })
    .execute();
}

/** An audit-trail row saying the user was shown an account's stored credential. */
export async function recordReveal(
  db: Db,
  clock: Clock,
  userId: number,
  accountId: number,
): Promise<void> {
  await db.transaction().execute((tx) =>
    recordAuditEvent(tx, clock, {
      actorUserId: userId,
      action: 'credential.reveal',
      objectType: 'credential',
      objectId: accountId,
      unitId: null,
    }),
  );
}

/** The account_people rows of one user, by account. */
export function rowsOf(db: Db, userId: number) {
  return db
    .selectFrom('account_people')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('account_id')
    .execute();
}

/** The people of one account as `role:userId`, owner first. */
export async function peopleOf(db: Db, accountId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('account_people')
    .select(['role', 'user_id', 'left_reason'])
    .where('account_id', '=', accountId)
    .execute();
  return rows
    .map((r) => `${r.role}:${r.user_id}${r.left_reason ? `:${r.left_reason}` : ''}`)
    .sort();
}

/** The handover tasks of one user, oldest first. */
export function tasksOf(db: Db, userId: number) {
  return db
    .selectFrom('handover_tasks')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
}
