import type { DbOrTx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';

/**
 * Refuses a pointer that contradicts the vault: `vault` while nothing is stored there, or
 * anywhere else while something is (take it out of the vault first). `field` names the form field.
 */
export async function assertCredentialsLocation(
  db: DbOrTx,
  accountId: number,
  location: string,
  field = 'credentialsLocation',
): Promise<void> {
  const stored = await db
    .selectFrom('account_credentials')
    .select('account_id')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (location === 'vault' && !stored) throw fieldError(field, 'credentials.vault_empty');
  if (location !== 'vault' && stored) throw fieldError(field, 'credentials.vault_in_use');
}
