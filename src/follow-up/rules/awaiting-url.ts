import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';
import { toAccountPeople } from '../scan/account-items.js';
import { accountInScope, isPersonal } from '../scan/account-scope.js';
import { shiftDate } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Days an approved account may wait for its address before its people are reminded. */
  days: z.number().int().min(1).max(365).default(14),
});

/**
 * Approved accounts still `applied` some days on: their owner and deputies enter the address
 * once the account exists on the platform. The period is the day it became `applied`; settled
 * when the address is entered (the account becomes `active`) or the status changes otherwise.
 */
export const awaitingUrlRule: FollowUpRule<typeof settings> = {
  key: 'awaiting_url',
  settings,
  async *find(ctx, s, scope) {
    const before = shiftDate(ctx.today, -s.days);
    for await (const [from, to] of idWindows(ctx.db, 'accounts', isPersonal(scope))) {
      const rows = await ctx.db
        .selectFrom('accounts as a')
        .leftJoin('applications as ap', 'ap.account_id', 'a.id')
        .select(['a.id', 'a.unit_id', 'a.display_name', 'a.status_changed_on', 'ap.id as app'])
        .where('a.id', '>=', from)
        .where('a.id', '<', to)
        .where('a.status', '=', 'applied')
        .where('a.status_changed_on', '<=', before)
        .where(accountInScope(scope))
        .orderBy('a.id')
        .execute();
      if (rows.length === 0) continue;
      yield await toAccountPeople(
        ctx.db,
        rows.map((r) => ({
          accountId: r.id,
          item: {
            rule: 'awaiting_url',
            subjectType: 'account',
            subjectId: r.id,
            unitId: r.unit_id,
            period: r.status_changed_on,
            dueOn: shiftDate(r.status_changed_on, s.days),
            title: r.display_name,
            params: { approvedOn: r.status_changed_on },
            urgent: false,
            href: r.app === null ? `/accounts/${r.id}/edit` : `/applications/${r.app}/url`,
          },
        })),
        scope,
      );
    }
  },
};
