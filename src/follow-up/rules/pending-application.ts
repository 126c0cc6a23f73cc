import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';
import { toUnitManager } from '../scan/account-items.js';
import { accountInScope } from '../scan/account-scope.js';
import { shiftDate } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Days an application may wait for a decision before the unit manager is asked. */
  days: z.number().int().min(1).max(365).default(30),
});

/**
 * Accounts still `applied` long after the application: the unit manager decides. The period is
 * the day of the application. Settled by approving (active) or refusing (closed) it.
 */
export const pendingApplicationRule: FollowUpRule<typeof settings> = {
  key: 'pending_application',
  settings,
  async *find(ctx, s, scope) {
    if (scope.userId !== undefined) return;
    const before = shiftDate(ctx.today, -s.days);
    for await (const [from, to] of idWindows(ctx.db, 'accounts')) {
      const rows = await ctx.db
        .selectFrom('accounts as a')
        .select(['a.id', 'a.unit_id', 'a.display_name', 'a.status_changed_on'])
        .where('a.id', '>=', from)
        .where('a.id', '<', to)
        .where('a.status', '=', 'applied')
        .where('a.status_changed_on', '<=', before)
        .where(accountInScope(scope))
        .orderBy('a.id')
        .execute();
      if (rows.length === 0) continue;
      yield toUnitManager(
        rows.map((r) => ({
          rule: 'pending_application',
          subjectType: 'account',
          subjectId: r.id,
          unitId: r.unit_id,
          period: r.status_changed_on,
          dueOn: shiftDate(r.status_changed_on, s.days),
          title: r.display_name,
          params: { appliedOn: r.status_changed_on, days: s.days },
          urgent: false,
          href: `/accounts/${r.id}`,
        })),
        scope,
      );
    }
  },
};
