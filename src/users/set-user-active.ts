import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { recordDeparture } from '../handovers/record-departure.js';
import { recordReturn } from '../handovers/record-return.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/http/errors.js';
import { findRootUnit } from '../units/unit-queries.js';
import { keepOneAdministrator } from './administrators.js';

/** Deactivates a user (ending their sessions and tokens' use) or reactivates them. */
export async function setUserActive(
  db: Db,
  clock: Clock,
  actor: Actor,
  userId: number,
  active: boolean,
): Promise<void> {
  const root = await findRootUnit(db);
  authorize(actor, 'user.manage', root?.path ?? '/');
  if (!active && userId === actor.userId)
    throw new AppError('conflict', [{ path: [], message: 'users.cannot_deactivate_self' }]);
  await db.transaction().execute((tx) => changeUserActive(tx, clock, actor.userId, userId, active));
}

/**
 * The change itself, in the caller's transaction, for whoever deactivates (an administrator,
 * the demo, later single sign-on): a departure flags the person's accounts and gives their
 * managers handover tasks; a return gives back what was not handed over yet.
 */
export async function changeUserActive(
  tx: Tx,
  clock: Clock,
  actorUserId: number | null,
  userId: number,
  active: boolean,
): Promise<void> {
  const user = await tx
    .selectFrom('users')
    .select(['name', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound();
  if ((user.active === 1) === active) return;
  if (!active) await keepOneAdministrator(tx, { userId });
  await tx
    .updateTable('users')
    .set({ active: active ? 1 : 0, updated_at: clock.now().toISOString() })
    .where('id', '=', userId)
    .execute();
  if (!active) await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
  const person = { id: userId, name: user.name };
  const effects = active
    ? await recordReturn(tx, clock, actorUserId, userId)
    : await recordDeparture(tx, clock, actorUserId, person);
  await recordAuditEvent(tx, clock, {
    actorUserId,
    action: active ? 'user.reactivate' : 'user.deactivate',
    objectType: 'user',
    objectId: userId,
    unitId: null,
    summary: user.name,
    before: { active: user.active === 1 },
    after: { active, ...effects },
  });
}
