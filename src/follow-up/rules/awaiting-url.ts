import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/** Approved accounts still `applied` some days on: their people enter the address once it exists. */
export const awaitingUrlRule: FollowUpRule<typeof settings> = {
  key: 'awaiting_url',
  settings,
  async *find() {},
};
