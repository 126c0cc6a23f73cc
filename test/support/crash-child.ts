// Runs the sweep and delivery over and over until there is nothing left to do, as an
// application instance would on its schedule; the crash test kills it at random moments.
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { runSweep } from '../../src/follow-up/run-sweep.js';
import type { Clock } from '../../src/platform/clock.js';
import { openDatabase } from '../../src/platform/db/database.js';
import { loadEnv } from '../../src/platform/env.js';
import { createLogger } from '../../src/platform/log.js';
import { createMailTransport } from '../../src/platform/mail/create-transport.js';
import { deliverMail } from '../../src/platform/mail/deliver-mail.js';
import type { MailTransport } from '../../src/platform/mail/mail.js';

const env = loadEnv(process.env);
const handle = openDatabase(env.DATABASE_URL);
const transport = createMailTransport(env);
// Says when each send begins, so that the parent can aim some kills at a message in flight.
const mail: MailTransport = {
  name: transport.name,
  send: (message) => {
    process.stdout.write('send\n');
    return transport.send(message);
  },
  close: () => transport.close(),
};

// Loaded and waiting, so that the parent can start it the moment its predecessor dies:
// "go <instant>" sets the clock, which then runs in real time. Each restart starts later than
// the leases and claims its killed predecessor left behind, as a replacement instance would.
process.stdout.write('loaded\n');
let started = false;
const input = createInterface({ input: process.stdin });
// A parent that goes away before saying go leaves nothing behind.
input.on('close', () => started || process.exit(1));
const [line] = (await once(input, 'line')) as [string];
started = true;
input.close();
process.stdin.destroy();
const start = Date.parse(line.replace(/^go /, ''));
const t0 = performance.now();
const clock: Clock = { now: () => new Date(start + (performance.now() - t0)) };
const deps = { db: handle.db, clock, log: createLogger('silent'), env, mail };

process.stdout.write('ready\n');
const totals = { sweeps: 0, sent: 0, retried: 0, failed: 0 };
for (;;) {
  const swept = await runSweep(deps);
  // A few messages between sweeps, so that kills land in both.
  const delivered = await deliverMail(deps, { limit: 10 });
  totals.sweeps += swept ? 1 : 0;
  totals.sent += delivered.sent;
  totals.retried += delivered.retried;
  totals.failed += delivered.failed;
  const queued = swept ? swept.urgent + swept.digests : 1;
  if (queued === 0 && delivered.sent + delivered.retried + delivered.failed === 0) break;
}
await mail.close();
await handle.close();
process.stdout.write(`done ${JSON.stringify(totals)}\n`);
