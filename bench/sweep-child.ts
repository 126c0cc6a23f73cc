// Runs in a process of its own (node --expose-gc --import tsx bench/sweep-child.ts URL), so
// that its memory is the sweep's alone: the first sweep over a seeded database, then the
// sweeps after it, timed; then one more with the heap collected and sampled every few
// milliseconds, for the memory it holds. Prints one line of JSON.
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { sql } from 'kysely';
import { DEFAULT_FOLLOW_UP_POLICY } from '../src/follow-up/follow-up-policy.js';
import { runSweep } from '../src/follow-up/run-sweep.js';
import { openDatabase } from '../src/platform/db/database.js';
import { loadEnv } from '../src/platform/env.js';
import { createLogger } from '../src/platform/log.js';
import { msSince } from './stats.js';

const url = process.argv[2]!;
const REPEATS = 3;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number) => bytes / 1024 / 1024;
const peakRssMb = () =>
  Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

// Ten in the morning of the next weekly-digest day (Monday by default) in Stockholm: the first
// sweep queues every digest, daily and weekly, and those after it find what a sweep finds on
// any other day, reminders sent and nothing waiting.
const today = DateTime.now().setZone('Europe/Stockholm');
const morning = today
  .plus({ days: (7 + DEFAULT_FOLLOW_UP_POLICY.weeklyDigestDay - today.weekday) % 7 })
  .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
const clock = { now: () => morning.toJSDate() };
const handle = openDatabase(url);
const deps = {
  db: handle.db,
  clock,
  log: createLogger('silent'),
  env: loadEnv({ LOG_LEVEL: 'silent', PUBLIC_URL: 'https://kanalkoll.example' }),
};

/** Runs one sweep and times it. */
async function timed() {
  const started = process.hrtime.bigint();
  const result = await runSweep(deps);
  if (!result) throw new Error('Another sweeper held the lease.');
  return { ms: msSince(started), result };
}

/**
 * Runs one sweep, collecting garbage and reading the heap every few milliseconds: the most it
 * held at once, less what was held before, is what the sweep keeps in memory.
 */
async function retained(): Promise<number> {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  await timed();
  clearInterval(sampler);
  return mb(peak - before);
}

try {
  const first = await timed();
  // After a bulk insert autovacuum analyzes the table within a minute; the next sweep is minutes away.
  if (handle.dialect === 'postgres') await sql`analyze`.execute(handle.db);
  const again = [];
  for (let i = 0; i < REPEATS; i++) again.push((await timed()).ms);
  const heldMb = await retained();
  const accounts = await handle.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  process.stdout.write(
    `${JSON.stringify({
      accounts: Number(accounts.n),
      firstMs: first.ms,
      againMs: again,
      heldMb,
      peakRssMb: peakRssMb(),
      found: first.result.found,
      written: first.result.written,
      messages: first.result.urgent + first.result.digests,
    })}\n`,
  );
} finally {
  await handle.close();
}
