import type { AppDeps } from '../platform/http/context.js';
import { every, type Scheduled } from '../platform/jobs/schedule.js';
import { deliverMail } from '../platform/mail/deliver-mail.js';
import { runSweep } from './run-sweep.js';

// The first sweep waits a little, so that starting up is not slowed by it.
const FIRST_SWEEP_MS = 10_000;
const DELIVERY_MS = 30_000;

/**
 * Starts the delivery of mail every 30 seconds, and the sweep every SWEEP_MINUTES (none when 0)
 * with a delivery right after it. Delivery runs on every instance and whatever the schedule, so
 * that mail queued by a person (a resend, a round's reminder) goes out; the sweep's lease lets
 * one instance sweep.
 */
export function startFollowUpJobs(
  deps: Pick<AppDeps, 'db' | 'clock' | 'log' | 'env' | 'mail'>,
): Scheduled {
  const minutes = deps.env.SWEEP_MINUTES;
  const deliver = () => deliverMail(deps);
  const delivery = every('deliver-mail', DELIVERY_MS, deliver, deps.log);
  if (minutes <= 0) return delivery;
  const sweep = every(
    'sweep',
    minutes * 60_000,
    async () => {
      await runSweep(deps);
      await deliver();
    },
    deps.log,
    FIRST_SWEEP_MS,
  );
  return {
    async stop() {
      await Promise.all([sweep.stop(), delivery.stop()]);
    },
  };
}
