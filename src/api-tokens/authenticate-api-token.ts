import type { Actor } from '../platform/auth/policy.js';
import { hashToken } from '../platform/auth/secrets.js';
import { loadActor } from '../platform/auth/sessions.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { parseScopes } from './api-token.js';

const TOUCH_EVERY_MS = 60_000;

/** The actor behind a bearer token, with its scopes; null when unknown, revoked or its user inactive. */
export async function authenticateApiToken(
  db: Db,
  clock: Clock,
  secret: string,
): Promise<Actor | null> {
  const token = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'last_used_at', 'scopes'])
    .where('token_hash', '=', hashToken(secret))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!token) return null;
  const now = clock.now();
  // Noting every use would turn each read into a write; once a minute is enough to show use.
  if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) > TOUCH_EVERY_MS) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', token.id)
      .execute();
  }
  const actor = await loadActor(db, token.user_id, 'token');
  return actor && { ...actor, scopes: parseScopes(token.scopes) };
}
