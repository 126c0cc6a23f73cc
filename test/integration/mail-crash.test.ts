import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { INTERRUPTED } from '../../src/platform/mail/claim-mail.js';
import { seededRandom, startCrashChild, type CrashChild } from '../support/crash-runner.js';
import { seedCrashOrganisation } from '../support/crash-seed.js';
import { scratchDatabaseUrl } from '../support/scratch-database.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { testClock } from '../support/test-clock.js';

const KILLS = 16;
const STANDBY = 3;
const START = Date.parse('2026-11-23T09:00:00Z');
// Each restart comes back later than the sweep's lease (5 minutes) and a send's claim (2).
const RESTART_MS = 10 * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SEED = Number(process.env.KANALKOLL_CRASH_SEED ?? Date.now() % 1_000_000);

let database: Awaited<ReturnType<typeof scratchDatabaseUrl>>;
let handle: DatabaseHandle;
let sink: SmtpSink;
const children: CrashChild[] = [];

beforeAll(async () => {
  database = await scratchDatabaseUrl();
  handle = openDatabase(database.url);
  await migrateToLatest(handle);
  await seedCrashOrganisation(handle.db, testClock(new Date(START).toISOString()), 30);
  sink = await startSmtpSink();
}, 60_000);
afterAll(async () => {
  for (const child of children) child.kill();
  await Promise.all(children.map((c) => c.exited));
  await sink?.close();
  await handle?.close();
  await database?.drop();
});

describe('a sender killed at random moments', () => {
  it(`loses no message and repeats only the one in flight (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const spawnChild = () => {
      const child = startCrashChild({
        DATABASE_URL: database.url,
        SMTP_URL: sink.url,
        MAIL_FROM: 'Kanalkoll <kanalkoll@exempel.se>',
      });
      children.push(child);
      return child;
    };
    const clockOf = (run: number) => new Date(START + run * RESTART_MS);
    let kills = 0;
    // Standby processes load while the current one works, so that one takes over at once.
    const standby = Array.from({ length: STANDBY }, spawnChild);
    const takeOver = async (run: number) => {
      const child = standby.shift()!;
      standby.push(spawnChild());
      await child.loaded;
      await child.go(clockOf(run));
      return child;
    };
    for (let run = 0; run < KILLS; run++) {
      const child = await takeOver(run);
      // A third of the kills fall anywhere in the run, mostly in a sweep; the others fall a few
      // milliseconds into a send, before or after the server has taken the message.
      if (random() < 1 / 3) await sleep(5 + Math.floor(random() * 600));
      else {
        await child.sends(1 + Math.floor(random() * 6));
        await sleep(Math.floor(random() * 40));
      }
      child.kill();
      const ended = await child.exited;
      if (ended === 'SIGKILL') kills++;
      else expect(ended, child.output()).toBe(0);
    }
    const last = standby.shift()!;
    for (const idle of standby) idle.kill();
    await last.loaded;
    await last.go(clockOf(KILLS));
    expect(await last.exited, last.output()).toBe(0);
    expect(last.output()).toMatch(/done \{"sweeps":[1-9]/);

    const outbox = await handle.db
      .selectFrom('mail_messages')
      .select(['message_id', 'status', 'last_error'])
      .execute();
    expect(outbox.length).toBeGreaterThanOrEqual(30);
    expect(outbox.filter((m) => m.status !== 'sent')).toEqual([]);
    const arrived = new Map<string, number>();
    for (const m of sink.received) arrived.set(m.messageId, (arrived.get(m.messageId) ?? 0) + 1);
    // Every message arrived, and nothing arrived that the outbox does not hold under that ID.
    expect([...arrived.keys()].sort()).toEqual(outbox.map((m) => m.message_id).sort());
    const repeats = [...arrived.values()].reduce((n, count) => n + count - 1, 0);
    expect(repeats).toBeLessThanOrEqual(kills);
    const cut = outbox.filter((m) => m.last_error === INTERRUPTED).length;
    console.info(
      `crash test (seed ${SEED}): ${outbox.length} messages, ${kills} kills, ` +
        `${cut} sends cut short and taken over, ${repeats} sent twice`,
    );
  }, 90_000);
});
