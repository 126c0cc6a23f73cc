import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import type { CalendarFeed } from './calendar-feed.js';
import { ownCalendarFeed } from './feed-queries.js';

/** Removes one of the actor's feeds: its address stops answering at once. */
export async function deleteCalendarFeed(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
): Promise<CalendarFeed> {
  const feed = await ownCalendarFeed(db, actor, id);
  await db.transaction().execute(async (tx) => {
    const revoked = await tx
      .updateTable('calendar_feeds')
      .set({ revoked_at: clock.now().toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(revoked.numUpdatedRows) !== 1) throw notFound();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'calendar_feed.delete',
      objectType: 'calendar_feed',
      objectId: id,
      unitId: feed.unitId,
      summary: feed.unitName ?? actor.name,
      before: { unitId: feed.unitId, prefix: feed.prefix },
    });
  });
  return feed;
}
