import { z } from 'zod';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { hashPassword, verifyPassword } from '../platform/auth/password.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, fieldError } from '../platform/http/errors.js';
import { password } from '../users/schemas.js';

const WINDOW_MINUTES = 15;
const MAX_FAILURES = 5;

/** The change-password form: the current password proves it is really the person. */
export const changeOwnPasswordInput = z.object({
  currentPassword: z
    .string({ error: 'validation.required' })
    .min(1, 'validation.required')
    .max(1000),
  newPassword: password,
});
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordInput>;

/**
 * Replaces the signed-in person's password after checking the current one, and ends their
 * other sessions; the session given by `keepSessionId` (the stored id) stays signed in.
 */
export async function changeOwnPassword(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: ChangeOwnPasswordInput,
  context: { keepSessionId: string | null; ip: string },
): Promise<void> {
  const now = clock.now();
  // Guessing the current password from a borrowed session counts like guessing at sign-in.
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  const failures = await db
    .selectFrom('sign_in_attempts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('email', '=', actor.email)
    .where('succeeded', '=', 0)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(failures.n) >= MAX_FAILURES)
    throw new AppError('rate_limited', [], { minutes: WINDOW_MINUTES });
  const user = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await db
      .insertInto('sign_in_attempts')
      .values({ email: actor.email, ip: context.ip, succeeded: 0, at: now.toISOString() })
      .execute();
    throw fieldError('currentPassword', 'profile.wrong_password');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: now.toISOString() })
      .where('id', '=', actor.userId)
      .execute();
    let others = tx.deleteFrom('sessions').where('user_id', '=', actor.userId);
    if (context.keepSessionId) others = others.where('id', '!=', context.keepSessionId);
    await others.execute();
    // The password itself, even hashed, never goes into the trail.
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'user.password',
      objectType: 'user',
      objectId: actor.userId,
      unitId: null,
      summary: actor.name,
    });
  });
}
