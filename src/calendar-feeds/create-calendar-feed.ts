import { sql } from 'kysely';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import { hashToken } from '../platform/auth/secrets.js';
import type { Clock } from '../platform/clock.js';
import { isPostgres, type Db, type Tx } from '../platform/db/database.js';
import { AppError, fieldError } from '../platform/http/errors.js';
import { newFeedToken } from './calendar-feed.js';
import { feedUnit } from './feed-unit.js';

/** Inserts a feed row for a new secret; only the token's hash is kept. */
export async function insertFeed(
  tx: Tx,
  clock: Clock,
  userId: number,
  unitId: number | null,
): Promise<{ id: number; token: string; prefix: string }> {
  const { token, prefix } = newFeedToken();
  const row = await tx
    .insertInto('calendar_feeds')
    .values({
      user_id: userId,
      unit_id: unitId,
      token_hash: hashToken(token),
      prefix,
      created_at: clock.now().toISOString(),
      last_used_at: null,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token, prefix };
}

/**
 * Makes the actor's own feed (unitId null) or a feed of a unit whose accounts they may read;
 * one of each at a time. The returned token is shown once and never stored.
 */
export async function createCalendarFeed(
  db: Db,
  clock: Clock,
  actor: Actor,
  unitId: number | null,
): Promise<{ id: number; token: string }> {
  const unit = unitId === null ? null : await feedUnit(db, actor, unitId);
  return db.transaction().execute(async (tx) => {
    // Two requests at once must not both find no feed and both make one.
    if (isPostgres(tx))
      await sql`select id from users where id = ${actor.userId} for update`.execute(tx);
    const existing = await tx
      .selectFrom('calendar_feeds')
      .select('id')
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .where((eb) => (unitId === null ? eb('unit_id', 'is', null) : eb('unit_id', '=', unitId)))
      .executeTakeFirst();
    if (existing)
      throw unit
        ? fieldError('unitId', 'feeds.unit_feed_exists', { unit: unit.name })
        : new AppError('validation_failed', [{ path: [], message: 'feeds.personal_feed_exists' }]);
    const feed = await insertFeed(tx, clock, actor.userId, unitId);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'calendar_feed.create',
      objectType: 'calendar_feed',
      objectId: feed.id,
      unitId,
      summary: unit ? unit.name : actor.name,
      after: { unitId, prefix: feed.prefix },
    });
    return { id: feed.id, token: feed.token };
  });
}
