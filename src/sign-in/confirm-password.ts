import { z } from 'zod';
import { verifyPassword } from '../platform/auth/password.js';
import type { Actor } from '../platform/auth/policy.js';
import { markReauthenticated } from '../platform/auth/sessions.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, fieldError } from '../platform/http/errors.js';

const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;

/** The confirmation form: the signed-in person's own password. */
export const confirmPasswordInput = z.object({
  password: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(1000),
});

/**
 * Checks the signed-in person's password again and notes it on their session, so that for a few
 * minutes they may see secrets. Guesses count with those at sign-in, under the same limits.
 */
export async function confirmPassword(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { password: string; ip: string; sessionToken: string },
): Promise<void> {
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
  // Written before it is judged, so that parallel guesses count each other.
  const attempt = await db
    .insertInto('sign_in_attempts')
    .values({ email: actor.email, ip: input.ip, succeeded: 0, at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (
    (await failures('email', actor.email)) > MAX_FAILURES_PER_EMAIL ||
    (await failures('ip', input.ip)) > MAX_FAILURES_PER_IP
  )
    throw new AppError('rate_limited', [], { minutes: WINDOW_MINUTES });
  const user = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', actor.userId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!(await verifyPassword(user?.password_hash ?? null, input.password)))
    throw fieldError('password', 'reauth.wrong_password');
  await db
    .updateTable('sign_in_attempts')
    .set({ succeeded: 1 })
    .where('id', '=', attempt.id)
    .execute();
  await markReauthenticated(db, input.sessionToken, clock);
}
