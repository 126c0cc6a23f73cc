import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
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
  await db.transaction().execute(async (tx) => {
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
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: active ? 'user.reactivate' : 'user.deactivate',
      objectType: 'user',
      objectId: userId,
      unitId: null,
      summary: user.name,
      before: { active: user.active === 1 },
      after: { active },
    });
  });
}
