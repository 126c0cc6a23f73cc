import type { DbOrTx } from '../platform/db/database.js';

/** Marks the register as changed; call it in the transaction of the change. */
export async function bumpRegisterVersion(tx: DbOrTx): Promise<void> {
  await tx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', 'register')
    .execute();
}

/** The register's current version. */
export async function readRegisterVersion(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', 'register')
    .executeTakeFirst();
  return Number(row?.value ?? 0);
}
