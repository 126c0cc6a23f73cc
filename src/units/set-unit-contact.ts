import type { Clock } from '../platform/clock.js';
import type { DbOrTx, Tx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';

export type ContactRole = 'manager' | 'communicator';

/** Makes one person the unit's manager or communicator (the role at this unit), or nobody. */
export async function setUnitContact(
  tx: Tx,
  clock: Clock,
  unitId: number,
  role: ContactRole,
  userId: number | null,
): Promise<void> {
  if (userId !== null) {
    const user = await tx
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!user)
      throw fieldError(
        role === 'manager' ? 'managerUserId' : 'communicatorUserId',
        'units.no_such_user',
      );
  }
  await tx
    .deleteFrom('role_assignments')
    .where('unit_id', '=', unitId)
    .where('role', '=', role)
    .execute();
  if (userId !== null) {
    await tx
      .insertInto('role_assignments')
      .values({ user_id: userId, unit_id: unitId, role, created_at: clock.now().toISOString() })
      .execute();
  }
}

/** The current manager and communicator ids of a unit. */
export async function unitContactIds(
  tx: DbOrTx,
  unitId: number,
): Promise<{ managerUserId: number | null; communicatorUserId: number | null }> {
  const rows = await tx
    .selectFrom('role_assignments')
    .select(['role', 'user_id'])
    .where('unit_id', '=', unitId)
    .where('role', 'in', ['manager', 'communicator'])
    .orderBy('id')
    .execute();
  return {
    managerUserId: rows.find((r) => r.role === 'manager')?.user_id ?? null,
    communicatorUserId: rows.find((r) => r.role === 'communicator')?.user_id ?? null,
  };
}
