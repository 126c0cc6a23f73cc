import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { toPlatformAccess, type PlatformAccess } from './account-person.js';

const base = (db: DbOrTx) =>
  db
    .selectFrom('platform_access as x')
    .leftJoin('users as u', 'u.id', 'x.user_id')
    .selectAll('x')
    .select('u.name as user_name');

/** Who holds which role at the platform for an account, administrators first, then by name. */
export async function listPlatformAccess(db: DbOrTx, accountId: number): Promise<PlatformAccess[]> {
  const rows = await base(db).where('x.account_id', '=', accountId).orderBy('x.id').execute();
  const order = ['admin', 'editor', 'moderator', 'analyst', 'other'];
  return rows
    .map(toPlatformAccess)
    .sort(
      (a, b) =>
        order.indexOf(a.platformRole) - order.indexOf(b.platformRole) ||
        a.name.localeCompare(b.name, 'sv') ||
        a.id - b.id,
    );
}

/** One platform access row of an account, or not found. */
export async function getPlatformAccess(
  db: DbOrTx,
  accountId: number,
  accessId: number,
): Promise<PlatformAccess> {
  const row = await base(db)
    .where('x.account_id', '=', accountId)
    .where('x.id', '=', accessId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return toPlatformAccess(row);
}
