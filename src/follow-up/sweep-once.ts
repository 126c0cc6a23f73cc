import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { Env } from '../platform/env.js';
import type { Logger } from '../platform/log.js';
import { createMailTransport } from '../platform/mail/create-transport.js';
import { deliverMail } from '../platform/mail/deliver-mail.js';
import { runSweep } from './run-sweep.js';

/**
 * `kanalkoll sweep`: the sweep and the delivery of what it queued, once, printed. Returns the
 * exit code: 0 when done, 2 when another instance was sweeping.
 */
export async function sweepOnce(
  db: Db,
  env: Env,
  log: Logger,
  clock: Clock,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  const mail = createMailTransport(env);
  try {
    const result = await runSweep({ db, clock, log, env });
    if (!result) {
      out('Another instance is running the sweep right now; nothing was done.');
      return 2;
    }
    if (result.roundId !== null) out(`Opened the scheduled confirmation round ${result.roundId}.`);
    if (result.closuresStarted > 0)
      out(`Started ${result.closuresStarted} closures of accounts whose end date came.`);
    out(`Found ${result.found} things due:`);
    for (const [rule, count] of Object.entries(result.due)) out(`  ${rule.padEnd(22)} ${count}`);
    out(
      `Wrote ${result.written} reminders (${result.escalated} to managers or contact communicators); ` +
        `${result.resolved} waiting ones were resolved.`,
    );
    out(`Queued ${result.urgent} urgent messages and ${result.digests} digests.`);
    const sent = await deliverMail({ db, clock, log, env, mail }, { limit: 10_000 });
    out(
      `Delivered through ${mail.name}: ${sent.sent} sent, ${sent.retried} to retry, ${sent.failed} failed.`,
    );
    return 0;
  } finally {
    await mail.close();
  }
}
