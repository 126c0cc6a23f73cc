import type { DbOrTx } from '../platform/db/database.js';
import { dataKeyAad } from './credential.js';
import { SealBroken, type Keyring } from './keyring.js';

/** What stops the vault from opening: keys not configured, and keys that do not open their records. */
export interface KeyringProblems {
  missing: string[];
  broken: { kekId: string; accountId: number }[];
}

/** The distinct master keys the vault's records are wrapped under. */
export async function storedKeyIds(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectFrom('account_credentials').select('kek_id').distinct().execute();
  return rows.map((r) => r.kek_id).sort();
}

/**
 * Checks every master key the records use: it is configured, and it opens one record's data key.
 * A key with the right id but other bytes cannot exist (the id is derived from the key), so a
 * record that does not open was altered.
 */
export async function checkKeyring(db: DbOrTx, keyring: Keyring): Promise<KeyringProblems> {
  const problems: KeyringProblems = { missing: [], broken: [] };
  for (const kekId of await storedKeyIds(db)) {
    if (!keyring.ids.includes(kekId)) {
      problems.missing.push(kekId);
      continue;
    }
    const row = await db
      .selectFrom('account_credentials')
      .select(['account_id', 'wrapped_key'])
      .where('kek_id', '=', kekId)
      .orderBy('account_id')
      .limit(1)
      .executeTakeFirstOrThrow();
    try {
      keyring.unwrap(kekId, row.wrapped_key, dataKeyAad(row.account_id));
    } catch (error) {
      if (!(error instanceof SealBroken)) throw error;
      problems.broken.push({ kekId, accountId: row.account_id });
    }
  }
  return problems;
}
