import { verifyPassword } from '../platform/auth/password.js';
import { createSession } from '../platform/auth/sessions.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { normaliseEmail } from '../users/user.js';

const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;

/** Checks e-mail and password and starts a session; repeated failures lock out for a while. */
export async function signIn(
  db: Db,
  clock: Clock,
  input: { email: string; password: string; ip: string },
  sessionDays: number,
): Promise<{ token: string; csrfToken: string; userId: number }> {
  const email = normaliseEmail(input.email);
  const now = clock.now();
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  const failures = async (column: 'email' | 'ip', value: string) =>
    Number(
      (
        await db
          .selectFrom('sign_in_attempts')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where(column, '=', value)
          .where('succeeded', '=', 0)
          .where('at', '>', since)
          .executeTakeFirstOrThrow()
      ).n,
    );
  // The attempt is written before it is judged, so that parallel guesses count each other.
  const attempt = await db
    .insertInto('sign_in_attempts')
    .values({ email, ip: input.ip, succeeded: 0, at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (
    (await failures('email', email)) > MAX_FAILURES_PER_EMAIL ||
    (await failures('ip', input.ip)) > MAX_FAILURES_PER_IP
  ) {
    throw new AppError('rate_limited', [], { minutes: WINDOW_MINUTES });
  }
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('email', '=', email)
    .where('active', '=', 1)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!ok || !user) throw new AppError('invalid_credentials');
  await db
    .updateTable('sign_in_attempts')
    .set({ succeeded: 1 })
    .where('id', '=', attempt.id)
    .execute();
  // Old attempts only matter inside the window; keep the table small.
  await db
    .deleteFrom('sign_in_attempts')
    .where('at', '<', new Date(now.getTime() - 86_400_000).toISOString())
    .execute();
  const session = await createSession(db, user.id, clock, sessionDays);
  return { ...session, userId: user.id };
}
