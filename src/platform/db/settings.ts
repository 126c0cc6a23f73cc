import type { z } from 'zod';
import type { DbOrTx, Tx } from './database.js';

/** A policy setting by key, or the fallback when none is stored or it no longer reads. */
export async function readSetting<T>(
  db: DbOrTx,
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> {
  const row = await db
    .selectFrom('settings')
    .select('value_json')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return fallback;
  const parsed = schema.safeParse(JSON.parse(row.value_json));
  return parsed.success ? parsed.data : fallback;
}

/** Stores a policy setting in the caller's transaction (beside its audit-trail row). */
export async function writeSetting(
  tx: Tx,
  key: string,
  value: unknown,
  updatedBy: number,
  now: string,
): Promise<void> {
  const values = { value_json: JSON.stringify(value), updated_at: now, updated_by: updatedBy };
  const updated = await tx
    .updateTable('settings')
    .set(values)
    .where('key', '=', key)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    await tx
      .insertInto('settings')
      .values({ key, ...values })
      .execute();
}
