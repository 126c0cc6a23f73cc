import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/** Each account confirmed by its people once a year, and the open confirmation round's items. */
export const yearlyConfirmationRule: FollowUpRule<typeof settings> = {
  key: 'yearly_confirmation',
  settings,
  async *find() {},
};
