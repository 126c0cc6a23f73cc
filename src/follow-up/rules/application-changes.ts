import { z } from 'zod';
import type { FollowUpRule } from '../rule.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/** Applications returned to their applicant with changes asked for: the applicant is told at once. */
export const applicationChangesRule: FollowUpRule<typeof settings> = {
  key: 'application_changes',
  settings,
  async *find() {},
};
