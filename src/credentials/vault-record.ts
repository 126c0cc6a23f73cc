import type { AccountCredentialsRow } from '../platform/db/schema.js';
import { AppError } from '../platform/http/errors.js';
import {
  MasterKeyMissing,
  newKeyBytes,
  SealBroken,
  seal,
  unseal,
  type Keyring,
} from './keyring.js';
import { dataKeyAad, FIELD_COLUMNS, fieldAad, type VaultField } from './credential.js';

/** A new record's data key, and the same key wrapped under the current master key. */
export function newDataKey(
  keyring: Keyring,
  accountId: number,
): { dataKey: Buffer; kekId: string; wrapped: string } {
  const dataKey = newKeyBytes();
  return { dataKey, ...keyring.wrap(dataKey, dataKeyAad(accountId)) };
}

/** Opens a record's data key; a missing master key or an altered record is a clear error. */
export function openDataKey(
  keyring: Keyring,
  row: Pick<AccountCredentialsRow, 'account_id' | 'kek_id' | 'wrapped_key'>,
): Buffer {
  return unsealed(
    () => keyring.unwrap(row.kek_id, row.wrapped_key, dataKeyAad(row.account_id)),
    row,
  );
}

/** Seals one field's text under the record's data key, bound to its account and field. */
export const sealField = (dataKey: Buffer, accountId: number, field: VaultField, text: string) =>
  seal(dataKey, text, fieldAad(accountId, field));

/** Opens the stored fields asked for; fields not stored are left out. */
export function openFields(
  keyring: Keyring,
  row: AccountCredentialsRow,
  fields: readonly VaultField[],
): Partial<Record<VaultField, string>> {
  const dataKey = openDataKey(keyring, row);
  const out: Partial<Record<VaultField, string>> = {};
  for (const field of fields) {
    const sealed = row[FIELD_COLUMNS[field]];
    if (sealed === null) continue;
    out[field] = unsealed(
      () => unseal(dataKey, sealed, fieldAad(row.account_id, field)).toString('utf8'),
      row,
    );
  }
  return out;
}

// The error names the account and key id only: never key material or what was sealed.
function unsealed<T>(open: () => T, row: Pick<AccountCredentialsRow, 'account_id' | 'kek_id'>): T {
  try {
    return open();
  } catch (error) {
    if (error instanceof SealBroken || error instanceof MasterKeyMissing)
      throw new AppError('credential_unreadable', [], {
        accountId: row.account_id,
        kekId: row.kek_id,
      });
    throw error;
  }
}
