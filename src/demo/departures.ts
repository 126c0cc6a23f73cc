import { changeUserActive } from '../users/set-user-active.js';
import type { DemoContext } from './demo-context.js';

/**
 * A demo person who has left, with the handover task their accounts gave their manager: of the
 * account owners (holding no other role) whose workplace has a manager, the one answering for
 * the most accounts is deactivated by the administrator, through the user page's own code.
 */
export async function insertDemoDepartures(ctx: DemoContext): Promise<void> {
  const { tx } = ctx;
  const leaving = await tx
    .selectFrom('account_people as ap')
    .innerJoin('users as p', 'p.id', 'ap.user_id')
    .select(['p.id', 'p.name_key'])
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('ap.role', 'in', ['owner', 'deputy'])
    .where('ap.left_reason', 'is', null)
    .where('p.active', '=', 1)
    .where('p.id', '!=', ctx.adminId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('role_assignments as r')
            .select('r.id')
            .whereRef('r.user_id', '=', 'p.id')
            .where('r.role', '!=', 'owner'),
        ),
      ),
    )
    // Their manager, at the unit they work at, is the one who gets the task.
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('role_assignments as m')
          .select('m.id')
          .whereRef('m.unit_id', '=', 'p.home_unit_id')
          .where('m.role', '=', 'manager'),
      ),
    )
    .groupBy(['p.id', 'p.name_key'])
    .orderBy('n', 'desc')
    .orderBy('p.name_key')
    .limit(1)
    .executeTakeFirst();
  if (!leaving) return;
  await changeUserActive(tx, ctx.clock, ctx.adminId, leaving.id, false);
}
