import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/** Closures under way: the account's people and whoever started it carry the checklist through. */
export const closureOpenRule: FollowUpRule<typeof settings> = {
  key: 'closure_open',
  settings,
  async *find() {},
};
