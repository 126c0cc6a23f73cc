import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';
import { pendingActions } from '../scan/action-items.js';
import { shiftDate } from '../scan/dates.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/** Actions past their due date and not done. Settled by finishing the action or a new date. */
export const actionOverdueRule: FollowUpRule<typeof settings> = {
  key: 'action_overdue',
  settings,
  find(ctx, _s, scope) {
    const w = { rule: 'action_overdue', from: null, to: shiftDate(ctx.today, -1) };
    return pendingActions(ctx, { ...w, state: 'overdue' }, scope);
  },
};
