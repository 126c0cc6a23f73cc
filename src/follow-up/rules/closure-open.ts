import { z } from 'zod';
import { closureItems } from '../../closures/closure-items.js';
import { stockholmDate } from '../../platform/i18n/format.js';
import type { FollowUpRule } from '../rule.js';
import { shiftDate } from '../scan/dates.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Days after the start before the people are reminded; 0: at once. */
  days: z.number().int().min(0).max(365).default(0),
});

/** Closures under way: the account's people and whoever started it carry the checklist through. */
export const closureOpenRule: FollowUpRule<typeof settings> = {
  key: 'closure_open',
  settings,
  find(ctx, s, scope) {
    return closureItems(ctx, scope, 'open', (r) => {
      const since = stockholmDate(new Date(r.started_at));
      const dueOn = shiftDate(since, s.days);
      if (dueOn > ctx.today) return null;
      return {
        rule: 'closure_open',
        subjectType: 'closure',
        subjectId: r.id,
        unitId: r.unit_id,
        period: `c${r.id}`,
        dueOn,
        title: r.display_name,
        params: { since },
        urgent: false,
        href: `/accounts/${r.account_id}/closure`,
      };
    });
  },
};
