import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';
import { pendingActions } from '../scan/action-items.js';
import { shiftDate } from '../scan/dates.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Days before its due date that an action's owner is reminded. */
  noticeDays: z.number().int().min(1).max(90).default(7),
});

/** Improvement and direct actions due within the notice days. Settled by finishing the action. */
export const actionDueRule: FollowUpRule<typeof settings> = {
  key: 'action_due',
  settings,
  find(ctx, s, scope) {
    const w = { rule: 'action_due', from: ctx.today, to: shiftDate(ctx.today, s.noticeDays) };
    return pendingActions(ctx, { ...w, state: 'soon' }, scope);
  },
};
