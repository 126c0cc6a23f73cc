import { DateTime } from 'luxon';
import { runSweep } from '../follow-up/run-sweep.js';
import type { Clock } from '../platform/clock.js';
import { deliverMail, type DeliveryDeps } from '../platform/mail/deliver-mail.js';

/**
 * Sweeps and delivers as of yesterday morning, so that a demo started at any hour has a day's
 * reminders, digests and urgent messages in its mail log and mailbox, as if it had been running
 * since then; today's own digests follow from the policy's hour.
 */
export async function sendYesterdaysMail(deps: DeliveryDeps): Promise<void> {
  const morning = DateTime.fromJSDate(deps.clock.now())
    .setZone('Europe/Stockholm')
    .minus({ days: 1 })
    .set({ hour: 8, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
  const yesterday: Clock = { now: () => morning };
  await runSweep({ ...deps, clock: yesterday });
  // Every message queued: delivery sends up to its limit a run.
  while ((await deliverMail({ ...deps, clock: yesterday })).sent > 0);
}
