import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';

const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;

/**
 * Records a password attempt as failed until proven otherwise, and refuses it when this e-mail or
 * address has failed too often lately. Returns the attempt's id, for `markAttemptSucceeded`.
 */
export async function startPasswordAttempt(
  db: Db,
  clock: Clock,
  email: string,
  ip: string,
): Promise<number> {
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
    .values({ email, ip, succeeded: 0, at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (
    (await failures('email', email)) > MAX_FAILURES_PER_EMAIL ||
    (await failures('ip', ip)) > MAX_FAILURES_PER_IP
  )
    throw new AppError('rate_limited', [], { minutes: WINDOW_MINUTES });
  return attempt.id;
}

/** Marks an attempt as a success, so that it no longer counts towards the limits. */
export async function markAttemptSucceeded(db: Db, attemptId: number): Promise<void> {
  await db
    .updateTable('sign_in_attempts')
    .set({ succeeded: 1 })
    .where('id', '=', attemptId)
    .execute();
}
