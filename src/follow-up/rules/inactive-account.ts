import { sql } from 'kysely';
import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';
import { toAccountPeople } from '../scan/account-items.js';
import { accountInScope, isPersonal, withoutIndex } from '../scan/account-scope.js';
import { shiftDate } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Days without activity after which an active account is asked about. */
  days: z.number().int().min(30).max(3650).default(180),
});

/**
 * Active accounts with no activity for the threshold. The period is the last activity date, so
 * that an account that posts again and then falls silent again is a new reminder. Settled by
 * recording new activity, or by marking the account inactive or closing it.
 */
export const inactiveAccountRule: FollowUpRule<typeof settings> = {
  key: 'inactive_account',
  settings,
  async *find(ctx, s, scope) {
    const before = shiftDate(ctx.today, -s.days);
    const last = sql<string>`coalesce(a.last_activity_on, substr(a.created_at, 1, 10))`;
    for await (const [from, to] of idWindows(ctx.db, 'accounts', isPersonal(scope))) {
      const rows = await ctx.db
        .selectFrom('accounts as a')
        .select(['a.id', 'a.unit_id', 'a.display_name', last.as('last')])
        .where('a.id', '>=', from)
        .where('a.id', '<', to)
        .where(withoutIndex('a.status', ['active']))
        .where(last, '<=', before)
        .where(accountInScope(scope))
        .orderBy('a.id')
        .execute();
      if (rows.length === 0) continue;
      yield await toAccountPeople(
        ctx.db,
        rows.map((r) => ({
          accountId: r.id,
          item: {
            rule: 'inactive_account',
            subjectType: 'account',
            subjectId: r.id,
            unitId: r.unit_id,
            period: r.last,
            dueOn: shiftDate(r.last, s.days),
            title: r.display_name,
            params: { lastActivity: r.last, days: s.days },
            urgent: false,
            href: `/accounts/${r.id}`,
          },
        })),
        scope,
      );
    }
  },
};
