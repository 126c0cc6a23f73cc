import type { Db } from '../platform/db/database.js';
import { dataKeyAad } from './credential.js';
import { MasterKeyMissing, SealBroken, type Keyring } from './keyring.js';

/** How far a re-wrap got. */
export interface RewrapResult {
  rewrapped: number;
  /** Records still under another key than the current one (unreadable ones included). */
  remaining: number;
  /** Records whose data key would not open: altered, or under a key not configured. */
  unreadable: number[];
}

/** How many records are not yet under the current master key. */
export async function countBehind(db: Db, currentId: string): Promise<number> {
  const row = await db
    .selectFrom('account_credentials')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('kek_id', '!=', currentId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Re-wraps each record's data key under the current master key, one small transaction per
 * record, guarded by the wrapped key it read: the fields are untouched, any instance can keep
 * reading throughout, and a run cut short is finished by running it again. `limit` and
 * `onRecord` let a caller stop part-way (and a test simulate a crash).
 */
export async function rewrapCredentials(
  db: Db,
  keyring: Keyring,
  opts: { limit?: number; onRecord?: (done: number) => void | Promise<void> } = {},
): Promise<RewrapResult> {
  const currentId = keyring.current.id;
  const unreadable: number[] = [];
  let done = 0;
  let after = 0;
  const more = () => opts.limit === undefined || done < opts.limit;
  while (more()) {
    const batch = await db
      .selectFrom('account_credentials')
      .select('account_id')
      .where('kek_id', '!=', currentId)
      .where('account_id', '>', after)
      .orderBy('account_id')
      .limit(100)
      .execute();
    if (batch.length === 0) break;
    for (const { account_id: accountId } of batch) {
      if (!more()) break;
      after = accountId;
      const moved = await db.transaction().execute(async (tx) => {
        const row = await tx
          .selectFrom('account_credentials')
          .select(['kek_id', 'wrapped_key'])
          .where('account_id', '=', accountId)
          .where('kek_id', '!=', currentId)
          .executeTakeFirst();
        if (!row) return false;
        const aad = dataKeyAad(accountId);
        let dataKey: Buffer;
        try {
          dataKey = keyring.unwrap(row.kek_id, row.wrapped_key, aad);
        } catch (error) {
          if (!(error instanceof SealBroken || error instanceof MasterKeyMissing)) throw error;
          unreadable.push(accountId);
          return false;
        }
        const next = keyring.wrap(dataKey, aad);
        const result = await tx
          .updateTable('account_credentials')
          .set({ kek_id: next.kekId, wrapped_key: next.wrapped })
          .where('account_id', '=', accountId)
          .where('kek_id', '=', row.kek_id)
          .where('wrapped_key', '=', row.wrapped_key)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
      });
      if (moved) {
        done += 1;
        await opts.onRecord?.(done);
      }
    }
  }
  return { rewrapped: done, remaining: await countBehind(db, currentId), unreadable };
}
