import type { DbOrTx } from '../platform/db/database.js';
import { parseScopes, type ApiToken } from './api-token.js';

/** The user's tokens that still work, newest first. */
export async function listApiTokens(db: DbOrTx, userId: number): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'scopes'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    scopes: parseScopes(r.scopes),
  }));
}
