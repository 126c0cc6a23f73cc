import type { DbOrTx } from '../platform/db/database.js';
import type { AccountCredentialsRow } from '../platform/db/schema.js';
import { readPeoplePolicy } from '../people/people-policy.js';
import { toCredentialMeta, type CredentialMeta } from './credential.js';

/** The account's vault row with its ciphertexts, or undefined when nothing is stored. */
export function getCredentialRow(
  db: DbOrTx,
  accountId: number,
): Promise<AccountCredentialsRow | undefined> {
  return db
    .selectFrom('account_credentials')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** What may be shown about the account's stored login without opening it, or null. */
export async function readCredentialMeta(
  db: DbOrTx,
  accountId: number,
): Promise<CredentialMeta | null> {
  const row = await getCredentialRow(db, accountId);
  if (!row) return null;
  const policy = await readPeoplePolicy(db);
  return toCredentialMeta(row, policy.rotationMonths);
}
