import { can } from '../platform/auth/policy.js';
import { hashToken } from '../platform/auth/secrets.js';
import { loadActor } from '../platform/auth/sessions.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { ResolvedFeed } from './feed-scope.js';

// Calendars poll every few minutes to hours; noting each poll would make every read a write.
const TOUCH_EVERY_MS = 60 * 60 * 1000;

/**
 * The feed behind a secret token, or null when the token is unknown or revoked, its person is
 * deactivated, or the person may no longer read the unit's accounts: all of which look alike.
 */
export async function resolveFeedToken(
  db: Db,
  clock: Clock,
  token: string,
): Promise<ResolvedFeed | null> {
  const feed = await db
    .selectFrom('calendar_feeds as f')
    .leftJoin('units as u', 'u.id', 'f.unit_id')
    .select(['f.id', 'f.user_id', 'f.unit_id', 'f.last_used_at', 'u.path', 'u.name'])
    .where('f.token_hash', '=', hashToken(token))
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!feed) return null;
  const actor = await loadActor(db, feed.user_id, 'token');
  if (!actor) return null;
  if (feed.unit_id !== null && !can(actor, 'account.read', feed.path ?? '/nothing/')) return null;
  const now = clock.now();
  if (!feed.last_used_at || now.getTime() - Date.parse(feed.last_used_at) >= TOUCH_EVERY_MS) {
    await db
      .updateTable('calendar_feeds')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', feed.id)
      .execute();
  }
  return {
    feedId: feed.id,
    actor,
    scope:
      feed.unit_id === null
        ? { kind: 'person', userId: actor.userId, name: actor.name }
        : { kind: 'unit', unitId: feed.unit_id, unitPath: feed.path ?? '', name: feed.name ?? '' },
  };
}
