import { writeCredential } from '../../src/credentials/store-credential.js';
import type { Keyring } from '../../src/credentials/keyring.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';

/** Names a user as an account's owner or deputy (or one who has left it). */
export async function addAccountPerson(
  db: Db,
  clock: Clock,
  accountId: number,
  userId: number,
  role: 'owner' | 'deputy',
  leftReason: 'departed' | 'moved' | null = null,
): Promise<void> {
  const now = clock.now().toISOString();
  await db
    .insertInto('account_people')
    .values({
      account_id: accountId,
      role,
      user_id: userId,
      external_name: '',
      external_email: '',
      external_organisation: '',
      created_by: null,
      left_reason: leftReason,
      left_on: leftReason ? now.slice(0, 10) : null,
      created_at: now,
    })
    .execute();
}

/** The secrets the vault tests store: distinctive, so that a leak anywhere is easy to find. */
export const SECRETS = {
  username: 'hemlig-anvandare-7f3a',
  password: 'Hemligt-Lösen-9b2c!',
  recoveryCodes: 'kod-1111-aaaa\nkod-2222-bbbb',
  notes: 'Hemlig anteckning 5d6e',
};

/** Stores the test secrets for an account, as an administrator would. */
export async function storeSecrets(
  db: Db,
  clock: Clock,
  keyring: Keyring,
  actorUserId: number,
  accountId: number,
): Promise<void> {
  await db.transaction().execute((tx) =>
    writeCredential(tx, clock, keyring, actorUserId, accountId, {
      values: { ...SECRETS },
      clear: [],
      rotationMonths: null,
      version: undefined,
    }),
  );
}

/** Whether a text holds any of the test secrets (or a telling part of one). */
export function leaksSecret(text: string): string | null {
  const parts = [
    'hemlig-anvandare',
    'Hemligt-L',
    'kod-1111-aaaa',
    'kod-2222-bbbb',
    'Hemlig anteckning',
  ];
  return parts.find((p) => text.includes(p)) ?? null;
}
