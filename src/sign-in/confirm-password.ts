import { z } from 'zod';
import { verifyPassword } from '../platform/auth/password.js';
import type { Actor } from '../platform/auth/policy.js';
import { markReauthenticated } from '../platform/auth/sessions.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import { markAttemptSucceeded, startPasswordAttempt } from './password-attempts.js';

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
  const attemptId = await startPasswordAttempt(db, clock, actor.email, input.ip);
  const user = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', actor.userId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!(await verifyPassword(user?.password_hash ?? null, input.password)))
    throw fieldError('password', 'reauth.wrong_password');
  await markAttemptSucceeded(db, attemptId);
  await markReauthenticated(db, input.sessionToken, clock);
}
