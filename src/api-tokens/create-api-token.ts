import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import { hashToken, newToken } from '../platform/auth/secrets.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { TOKEN_PREFIX, type TokenScope } from './api-token.js';

/** Creates a personal token; the returned secret is shown once and only its hash is kept. */
export async function createApiToken(
  db: Db,
  clock: Clock,
  actor: Actor,
  name: string,
  scopes: readonly TokenScope[] = [],
): Promise<{ id: number; secret: string }> {
  const secret = TOKEN_PREFIX + newToken();
  const now = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('api_tokens')
      .values({
        user_id: actor.userId,
        name,
        token_hash: hashToken(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        created_at: now,
        last_used_at: null,
        revoked_at: null,
        scopes: scopes.join(' '),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'api_token.create',
      objectType: 'api_token',
      objectId: row.id,
      unitId: null,
      summary: name,
      after: { name, scopes },
    });
    return { id: row.id, secret };
  });
}
