import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { toAccount, type Account } from './account.js';

/** One account with the path of its unit (for authorisation), or not found. */
export async function getAccountWithUnitPath(
  db: DbOrTx,
  id: number,
): Promise<{ account: Account; unitPath: string }> {
  const row = await db
    .selectFrom('accounts as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select('u.path as unit_path')
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const { unit_path, ...account } = row;
  return { account: toAccount(account), unitPath: unit_path };
}

/** The path and active flag of a unit that an account is placed in, or null. */
export async function unitForAccount(
  db: DbOrTx,
  unitId: number,
): Promise<{ path: string; active: boolean } | null> {
  const unit = await db
    .selectFrom('units')
    .select(['path', 'active'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  return unit ? { path: unit.path, active: unit.active === 1 } : null;
}
