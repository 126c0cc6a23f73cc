import { z } from 'zod';
import { readPeoplePolicy } from '../../people/people-policy.js';
import type { FollowUpRule } from '../rule.js';
import { addressItems } from '../scan/account-items.js';
import { isPersonal } from '../scan/account-scope.js';
import { monthOf } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';
import { accountsShortOfPeople } from '../scan/window-counts.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/**
 * Open accounts with fewer owners and deputies than the people policy's minimum. A gap without
 * a date of its own: the period is the month, so it is told again at most monthly. Settled on
 * the account's people page.
 */
export const tooFewPeopleRule: FollowUpRule<typeof settings> = {
  key: 'too_few_people',
  settings,
  async *find(ctx, _s, scope) {
    const { minPeople } = await readPeoplePolicy(ctx.db);
    for await (const window of idWindows(ctx.db, 'accounts', isPersonal(scope))) {
      const short = await accountsShortOfPeople(ctx.db, ctx.postgres, window, minPeople, scope);
      if (short.length === 0) continue;
      yield addressItems(
        short.map((a) => ({
          people: a.people,
          item: {
            rule: 'too_few_people',
            subjectType: 'account',
            subjectId: a.id,
            unitId: a.unitId,
            period: monthOf(ctx.today),
            dueOn: null,
            title: a.displayName,
            params: { people: a.people.length, minPeople },
            urgent: false,
            href: `/accounts/${a.id}/people`,
          },
        })),
        scope,
      );
    }
  },
};
