import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFollowUpPolicy } from '../../src/follow-up/follow-up-policy.js';
import { queueDigests } from '../../src/follow-up/queue-digests.js';
import { queueUrgentMail } from '../../src/follow-up/queue-urgent-mail.js';
import { runSweep } from '../../src/follow-up/run-sweep.js';
import { sweepRules } from '../../src/follow-up/sweep-rules.js';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { makeAccount, makeOrganisation, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import { testClock } from '../support/test-clock.js';
import { newPostgresDatabase, TEST_DIALECT } from '../support/test-db.js';
import { messages, onlyRules, reminders, stockholm, sweepDeps } from './follow-up-fixtures.js';

// Two handles on one database, as two instances of the application would have.
let first: DatabaseHandle;
let second: DatabaseHandle;
let cleanUp: () => Promise<void>;
const clock = testClock(stockholm('2026-11-23'));

beforeAll(async () => {
  let url: string;
  if (TEST_DIALECT === 'postgres') {
    const database = await newPostgresDatabase();
    url = database.url;
    cleanUp = database.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'kanalkoll-instances-'));
    url = `file:${join(dir, 'shared.sqlite')}`;
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  }
  first = openDatabase(url);
  await migrateToLatest(first);
  second = openDatabase(url);
  const db = first.db;
  const org = await makeOrganisation(db, clock);
  await makeUser(db, clock, [['manager', org.ekbacken]], { name: 'Maja Chef' });
  await makeUser(db, clock, [['communicator', org.school]], { name: 'Kim Kommunikatör' });
  const people = [];
  for (let i = 0; i < 12; i++) people.push(await makeUser(db, clock, [], { name: `Person ${i}` }));
  for (let i = 0; i < 120; i++) {
    const a = await makeAccount(db, clock, org.admin, i % 2 ? org.ekbacken : org.library, {
      type: i % 3 === 0 ? 'teaching' : 'official',
      endDate: i % 3 === 0 ? `2026-12-${String((i % 28) + 1).padStart(2, '0')}` : null,
      status: i % 10 === 0 ? 'closing' : 'active',
    });
    if (i % 4 !== 0) await addAccountPerson(db, clock, a.id, people[i % 12]!.userId, 'owner');
    if (i % 5 === 0)
      await addAccountPerson(db, clock, a.id, people[(i + 1) % 12]!.userId, 'deputy');
  }
  await onlyRules(db, { end_date: {}, too_few_people: {}, archiving_due: {} });
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await cleanUp?.();
});

const deps = (handle: DatabaseHandle) => sweepDeps({ db: handle.db, clock });

/**
 * Every reminder is written once and is in at most one message, and each person has one digest
 * a day. (An urgent reminder written after the person's urgent message was queued rightly goes
 * in a message of its own, so urgent messages are not counted per day.)
 */
async function expectNoDuplicates() {
  const rows = await reminders(first.db);
  expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  const mail = await messages(first.db);
  const digests = mail
    .filter((m) => m.kind === 'digest')
    .map((m) => `${m.to_user_id} ${m.created_at.slice(0, 10)}`);
  expect(new Set(digests).size).toBe(digests.length);
  const ids = new Set(mail.map((m) => m.id));
  expect(rows.filter((r) => r.mail_id !== null).every((r) => ids.has(r.mail_id!))).toBe(true);
  return { rows, mail };
}

describe('two instances sweeping one database', () => {
  it('lets one sweep at a time and writes every reminder and message once', async () => {
    const results = await Promise.all([runSweep(deps(first)), runSweep(deps(second))]);
    expect(results.filter((r) => r !== null).length).toBeGreaterThanOrEqual(1);
    const { rows, mail } = await expectNoDuplicates();
    expect(rows.length).toBeGreaterThan(50);
    expect(mail.length).toBeGreaterThan(5);
  });

  // Several instances share PostgreSQL; two SQLite connections in one process cannot both write.
  it.skipIf(TEST_DIALECT !== 'postgres')(
    'writes nothing twice even when both believe they hold the lease',
    async () => {
      clock.set(stockholm('2026-12-01'));
      const before = (await reminders(first.db)).length;
      const policy = await readFollowUpPolicy(first.db);
      const renew = async () => {};
      const sweepWithoutLease = async (handle: DatabaseHandle) => {
        await sweepRules(handle.db, clock, policy, renew);
        await queueUrgentMail(deps(handle));
        await queueDigests(deps(handle), policy);
      };
      await Promise.all([sweepWithoutLease(first), sweepWithoutLease(second)]);
      const { rows } = await expectNoDuplicates();
      expect(rows.length).toBeGreaterThan(before);
      const waiting = rows.filter((r) => r.mail_id === null && r.resolved_at === null);
      expect(waiting).toEqual([]);
    },
  );

  it('writes nothing new when run again', async () => {
    const count = async () => [
      (await reminders(first.db)).length,
      (await messages(first.db)).length,
    ];
    const before = await count();
    await Promise.all([runSweep(deps(first)), runSweep(deps(second))]);
    expect(await count()).toEqual(before);
  });
});
