import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';

/** Revokes one of the actor's own tokens; it stops working at once. */
export async function revokeApiToken(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const token = await tx
      .selectFrom('api_tokens')
      .select(['id', 'name'])
      .where('id', '=', id)
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!token) throw notFound();
    await tx
      .updateTable('api_tokens')
      .set({ revoked_at: clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'api_token.revoke',
      objectType: 'api_token',
      objectId: id,
      unitId: null,
      summary: token.name,
      before: { name: token.name },
    });
    return token.name;
  });
}
