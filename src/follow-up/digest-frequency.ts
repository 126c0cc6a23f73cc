import type { DbOrTx } from '../platform/db/database.js';

/** How often the person wants their digest of reminders. */
export type DigestFrequency = 'daily' | 'weekly';
export const DIGEST_FREQUENCIES: readonly DigestFrequency[] = ['daily', 'weekly'];

/** The person's choice of digest, daily unless they chose weekly. */
export async function digestFrequencyOf(db: DbOrTx, userId: number): Promise<DigestFrequency> {
  const row = await db
    .selectFrom('users')
    .select('digest_frequency')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.digest_frequency === 'weekly' ? 'weekly' : 'daily';
}
