import { insertFeed } from '../../../src/calendar-feeds/create-calendar-feed.js';
import { systemClock } from '../../../src/platform/clock.js';
import type { Db } from '../../../src/platform/db/database.js';

/**
 * The pages of calendar subscriptions an administrator can reach in the demo, for the axe scan.
 * The demo's administrator is given a calendar of their own, so that the list and the pages
 * that ask before a new address or a removal are scanned too.
 */
export async function feedsPages(db: Db): Promise<string[]> {
  const admin = await db
    .selectFrom('users')
    .innerJoin('role_assignments as r', 'r.user_id', 'users.id')
    .select('users.id')
    .where('r.role', '=', 'admin')
    .orderBy('users.id')
    .executeTakeFirstOrThrow();
  const existing = await db
    .selectFrom('calendar_feeds')
    .select('id')
    .where('user_id', '=', admin.id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const id =
    existing?.id ??
    (await db.transaction().execute((tx) => insertFeed(tx, systemClock, admin.id, null))).id;
  return ['/feeds', `/feeds/${id}/regenerate`, `/feeds/${id}/delete`];
}
