import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { recordMove, type MoveEffects } from '../handovers/record-move.js';
import { hashPassword } from '../platform/auth/password.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError, notFound } from '../platform/http/errors.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { findRootUnit } from '../units/unit-queries.js';
import { checkHomeUnit } from './home-unit.js';
import type { UpdateUserInput } from './schemas.js';
import { normaliseEmail } from './user.js';

/**
 * Changes a user's name, e-mail, language, password or home unit (administrators of the
 * organisation). A change from one home unit to another is a move: the accounts the person
 * answers for outside the new unit are flagged and handed over, in the same transaction.
 */
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
    const home = await checkHomeUnit(tx, input.homeUnitId, before.home_unit_id);
    await tx
      .updateTable('users')
      .set({
        name: input.name,
        name_key: swedishSortKey(input.name),
        email,
        locale: input.locale,
        home_unit_id: home?.id ?? null,
        ...(passwordHash && { password_hash: passwordHash }),
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', userId)
      .execute();
    // A new password ends the person's other sessions.
    if (passwordHash) await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    // Getting a first home unit, or losing it, moves nobody away from anything.
    let move: MoveEffects | undefined;
    if (home && before.home_unit_id !== null && home.id !== before.home_unit_id)
      move = await recordMove(tx, clock, actor.userId, { id: userId, name: input.name }, home.path);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'user.update',
      objectType: 'user',
      objectId: userId,
      unitId: null,
      summary: input.name,
      before: {
        name: before.name,
        email: before.email,
        locale: before.locale,
        homeUnitId: before.home_unit_id,
      },
      after: {
        name: input.name,
        email,
        locale: input.locale,
        homeUnitId: home?.id ?? null,
        ...(passwordHash && { password: 'changed' }),
        ...(move && {
          moved: {
            accounts: move.accounts,
            handoverTasks: move.tasks,
            rotationFlagged: move.rotationFlagged,
          },
        }),
      },
    });
  });
}
