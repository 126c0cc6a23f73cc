import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/** Blocked closures whose next attempt is due: try deleting the account at the platform again. */
export const closureRetryRule: FollowUpRule<typeof settings> = {
  key: 'closure_retry',
  settings,
  async *find() {},
};
