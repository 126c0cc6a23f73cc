import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { forbidden, notFound } from '../platform/http/errors.js';
import { insertFeed } from './create-calendar-feed.js';
import { ownCalendarFeed } from './feed-queries.js';

/**
 * Gives one of the actor's feeds a new secret address: the old one stops answering at once (it
 * is revoked) and a feed with a new token takes its place. The token is shown once.
 */
export async function regenerateCalendarFeed(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
): Promise<{ id: number; token: string }> {
  const feed = await ownCalendarFeed(db, actor, id);
  if (!feed.readable) throw forbidden();
  return db.transaction().execute(async (tx) => {
    const revoked = await tx
      .updateTable('calendar_feeds')
      .set({ revoked_at: clock.now().toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    // Regenerated or removed meanwhile by another request: this one has nothing left to replace.
    if (Number(revoked.numUpdatedRows) !== 1) throw notFound();
    const fresh = await insertFeed(tx, clock, actor.userId, feed.unitId);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'calendar_feed.regenerate',
      objectType: 'calendar_feed',
      objectId: fresh.id,
      unitId: feed.unitId,
      summary: feed.unitName ?? actor.name,
      before: { id, prefix: feed.prefix },
      after: { id: fresh.id, prefix: fresh.prefix },
    });
    return { id: fresh.id, token: fresh.token };
  });
}
