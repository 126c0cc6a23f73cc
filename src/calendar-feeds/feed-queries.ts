import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import type { CalendarFeed } from './calendar-feed.js';

/** The actor's feeds that still answer, their own first and then by unit name. */
export async function listCalendarFeeds(db: DbOrTx, actor: Actor): Promise<CalendarFeed[]> {
  const rows = await db
    .selectFrom('calendar_feeds as f')
    .leftJoin('units as u', 'u.id', 'f.unit_id')
    .select([
      'f.id',
      'f.unit_id',
      'f.prefix',
      'f.created_at',
      'f.last_used_at',
      'u.name',
      'u.name_key',
      'u.path',
    ])
    .where('f.user_id', '=', actor.userId)
    .where('f.revoked_at', 'is', null)
    .execute();
  return rows
    .sort(
      (a, b) =>
        Number(a.unit_id !== null) - Number(b.unit_id !== null) ||
        (a.name_key ?? '').localeCompare(b.name_key ?? '') ||
        a.id - b.id,
    )
    .map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.name,
      prefix: r.prefix,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      readable: r.unit_id === null || can(actor, 'account.read', r.path ?? '/nothing/'),
    }));
}

/** One of the actor's own feeds that still answers; not found for anyone else's or a removed one. */
export async function ownCalendarFeed(db: DbOrTx, actor: Actor, id: number): Promise<CalendarFeed> {
  const feed = (await listCalendarFeeds(db, actor)).find((f) => f.id === id);
  if (!feed) throw notFound();
  return feed;
}
