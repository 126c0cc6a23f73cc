import type { Clock } from '../clock.js';
import type { DbOrTx } from '../db/database.js';
import type { Locale } from '../i18n/define-messages.js';
import type { Actor, Grant, Role } from './policy.js';
import { hashToken, newToken } from './secrets.js';

const TOUCH_EVERY_MS = 10 * 60 * 1000;

/** Starts a session; returns the token for the cookie (only its hash is stored). */
export async function createSession(
  db: DbOrTx,
  userId: number,
  clock: Clock,
  days: number,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const now = clock.now();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
      // Signing in proves the password as much as confirming it does.
      reauthenticated_at: now.toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

/** Notes that the person behind a session has just confirmed their password. */
export async function markReauthenticated(db: DbOrTx, token: string, clock: Clock): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ reauthenticated_at: clock.now().toISOString() })
    .where('id', '=', hashToken(token))
    .execute();
}

/** When the person behind a session last proved their password: sign-in or confirmation. */
export async function lastAuthenticatedAt(db: DbOrTx, token: string): Promise<string | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['created_at', 'reauthenticated_at'])
    .where('id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  const confirmed = row.reauthenticated_at;
  return confirmed && confirmed > row.created_at ? confirmed : row.created_at;
}

/** Ends a session. */
export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}

/** Loads the grants of a user, each with the path of its unit. */
export async function loadGrants(db: DbOrTx, userId: number): Promise<Grant[]> {
  const rows = await db
    .selectFrom('role_assignments as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.unit_id', 'u.path', 'r.role'])
    .where('r.user_id', '=', userId)
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, unitPath: r.path, role: r.role as Role }));
}

/** Loads an active user as an actor, or null when the user is unknown or deactivated. */
export async function loadActor(
  db: DbOrTx,
  userId: number,
  via: Actor['via'],
): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!user) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale as Locale,
    grants: await loadGrants(db, user.id),
    via,
  };
}

/** Finds the live session of a cookie token and slides its expiry now and then. */
export async function findSession(
  db: DbOrTx,
  token: string,
  clock: Clock,
  days: number,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const now = clock.now();
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', hashToken(token))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!session) return null;
  const actor = await loadActor(db, session.user_id, 'session');
  if (!actor) return null;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
      })
      .where('id', '=', session.id)
      .execute();
  }
  return { actor, csrfToken: session.csrf_token };
}
