import type { Account } from '../accounts/account.js';
import { updateAccount } from '../accounts/update-account.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { assertCredentialsLocation } from './assert-credentials-location.js';
import type { CredentialPointerInput } from './schemas.js';

/** Says where the account's login is kept; a change of the account, with its history. */
export async function setCredentialPointer(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: CredentialPointerInput,
): Promise<Account> {
  await assertCredentialsLocation(db, accountId, input.location, 'location');
  return updateAccount(db, clock, actor, accountId, {
    credentialsLocation: input.location,
    ...(input.note !== undefined && { credentialsNote: input.note }),
  });
}
