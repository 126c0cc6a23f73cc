import { verifyPassword } from '../platform/auth/password.js';
import { createSession } from '../platform/auth/sessions.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { normaliseEmail } from '../users/user.js';
import { markAttemptSucceeded, startPasswordAttempt } from './password-attempts.js';

/** Checks e-mail and password and starts a session; repeated failures lock out for a while. */
export async function signIn(
  db: Db,
  clock: Clock,
  input: { email: string; password: string; ip: string },
  sessionDays: number,
): Promise<{ token: string; csrfToken: string; userId: number }> {
  const email = normaliseEmail(input.email);
  const now = clock.now();
  const attemptId = await startPasswordAttempt(db, clock, email, input.ip);
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('email', '=', email)
    .where('active', '=', 1)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!ok || !user) throw new AppError('invalid_credentials');
  await markAttemptSucceeded(db, attemptId);
  // Old attempts only matter inside the window; keep the table small.
  await db
    .deleteFrom('sign_in_attempts')
    .where('at', '<', new Date(now.getTime() - 86_400_000).toISOString())
    .execute();
  const session = await createSession(db, user.id, clock, sessionDays);
  return { ...session, userId: user.id };
}
