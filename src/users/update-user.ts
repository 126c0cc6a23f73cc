import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { hashPassword } from '../platform/auth/password.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError, notFound } from '../platform/http/errors.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { findRootUnit } from '../units/unit-queries.js';
import type { UpdateUserInput } from './schemas.js';
import { normaliseEmail } from './user.js';

/** Changes a user's name, e-mail, language or password (administrators of the organisation). */
export async function updateUser(
  db: Db,
  clock: Clock,
  actor: Actor,
  userId: number,
  input: UpdateUserInput,
): Promise<void> {
  const root = await findRootUnit(db);
  authorize(actor, 'user.manage', root?.path ?? '/');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!before) throw notFound();
    const email = normaliseEmail(input.email);
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .where('id', '!=', userId)
      .executeTakeFirst();
    if (taken) throw fieldError('email', 'users.email_taken');
    await tx
      .updateTable('users')
      .set({
        name: input.name,
        name_key: swedishSortKey(input.name),
        email,
        locale: input.locale,
        ...(passwordHash && { password_hash: passwordHash }),
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', userId)
      .execute();
    // A new password ends the person's other sessions.
    if (passwordHash) await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'user.update',
      objectType: 'user',
      objectId: userId,
      unitId: null,
      summary: input.name,
      before: { name: before.name, email: before.email, locale: before.locale },
      after: {
        name: input.name,
        email,
        locale: input.locale,
        ...(passwordHash && { password: 'changed' }),
      },
    });
  });
}
