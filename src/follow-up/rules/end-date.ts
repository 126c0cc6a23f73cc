import { z } from 'zod';
import { TYPES_WITH_END_DATE } from '../../accounts/account.js';
import type { FollowUpRule } from '../rule.js';
import { toAccountPeople } from '../scan/account-items.js';
import { accountInScope, isPersonal, withoutIndex } from '../scan/account-scope.js';
import { daysBetween, shiftDate } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Days before the end date of the first reminder. */
  noticeDays: z.number().int().min(1).max(365).default(30),
});

// An end date reached this recently is urgent; one long past waits for the digest.
const URGENT_DAYS = 3;

/**
 * Teaching and campaign accounts near their end date (`soon`) and on it (`reached`): two
 * periods, so each is told once. Settled by closing the account or moving the date.
 */
export const endDateRule: FollowUpRule<typeof settings> = {
  key: 'end_date',
  settings,
  async *find(ctx, s, scope) {
    const horizon = shiftDate(ctx.today, s.noticeDays);
    for await (const [from, to] of idWindows(ctx.db, 'accounts', isPersonal(scope))) {
      const rows = await ctx.db
        .selectFrom('accounts as a')
        .select(['a.id', 'a.unit_id', 'a.display_name', 'a.end_date'])
        .where('a.id', '>=', from)
        .where('a.id', '<', to)
        .where(withoutIndex('a.type', TYPES_WITH_END_DATE))
        .where(withoutIndex('a.status', ['active', 'inactive', 'private']))
        .where('a.end_date', 'is not', null)
        .where('a.end_date', '<=', horizon)
        .where(accountInScope(scope))
        .orderBy('a.id')
        .execute();
      if (rows.length === 0) continue;
      yield await toAccountPeople(
        ctx.db,
        rows.map((r) => {
          const endDate = r.end_date!;
          const state = endDate > ctx.today ? 'soon' : 'reached';
          return {
            accountId: r.id,
            item: {
              rule: 'end_date',
              subjectType: 'account',
              subjectId: r.id,
              unitId: r.unit_id,
              period: `${state}:${endDate}`,
              dueOn: endDate,
              title: r.display_name,
              params: { state, endDate },
              urgent: state === 'reached' && daysBetween(endDate, ctx.today) <= URGENT_DAYS,
              href: `/accounts/${r.id}`,
            },
          };
        }),
        scope,
      );
    }
  },
};
