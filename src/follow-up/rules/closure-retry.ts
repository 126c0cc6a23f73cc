import { z } from 'zod';
import { closureItems } from '../../closures/closure-items.js';
import type { FollowUpRule } from '../rule.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/** Blocked closures whose next attempt is due: try deleting the account at the platform again. */
export const closureRetryRule: FollowUpRule<typeof settings> = {
  key: 'closure_retry',
  settings,
  find(ctx, _s, scope) {
    return closureItems(ctx, scope, 'blocked', (r) => {
      const next = r.next_attempt_on;
      if (!next || next > ctx.today) return null;
      return {
        rule: 'closure_retry',
        subjectType: 'closure',
        subjectId: r.id,
        unitId: r.unit_id,
        period: `c${r.id}:${next}`,
        dueOn: next,
        title: r.display_name,
        params: { nextAttemptOn: next, caseReference: r.platform_case_reference || '–' },
        urgent: false,
        href: `/accounts/${r.account_id}/closure`,
      };
    });
  },
};
