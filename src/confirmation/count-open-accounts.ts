import { OPEN_STATUSES } from '../accounts/account.js';
import type { DbOrTx } from '../platform/db/database.js';

/** Counts the open accounts in the subtree at this path. */
export async function countOpenAccounts(db: DbOrTx, unitPath: string): Promise<number> {
  const { n } = await db
    .selectFrom('accounts as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('u.path', 'like', `${unitPath}%`)
    .where('a.status', 'in', OPEN_STATUSES)
    .executeTakeFirstOrThrow();
  return Number(n);
}
