import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { toPlatform, type Platform } from './platform.js';

/** A platform with the number of accounts registered on it. */
export interface PlatformInUse extends Platform {
  accountCount: number;
}

/** Every platform in list order, with its number of accounts (administrators of the organisation). */
export async function listPlatforms(db: DbOrTx, actor: Actor): Promise<PlatformInUse[]> {
  authorizeAnywhere(actor, 'platform.manage');
  const [rows, counts] = await Promise.all([
    db.selectFrom('platforms').selectAll().orderBy('sort_order').orderBy('key').execute(),
    db
      .selectFrom('accounts')
      .select(['platform', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy('platform')
      .execute(),
  ]);
  const byKey = new Map(counts.map((c) => [c.platform, Number(c.n)]));
  return rows.map((r) => ({ ...toPlatform(r), accountCount: byKey.get(r.key) ?? 0 }));
}

/** One platform for editing, or not found. */
export async function getPlatform(db: DbOrTx, actor: Actor, key: string): Promise<Platform> {
  authorizeAnywhere(actor, 'platform.manage');
  return findPlatform(db, key);
}

/** One platform by its key, or not found; the caller has already checked who may see it. */
export async function findPlatform(db: DbOrTx, key: string): Promise<Platform> {
  const row = await db
    .selectFrom('platforms')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) throw notFound();
  return toPlatform(row);
}
