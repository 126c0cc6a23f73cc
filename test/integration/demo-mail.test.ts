import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { sendYesterdaysMail } from '../../src/demo/yesterdays-mail.js';
import type { Clock } from '../../src/platform/clock.js';
import type { DatabaseHandle } from '../../src/platform/db/database.js';
import { loadEnv } from '../../src/platform/env.js';
import { createLogger } from '../../src/platform/log.js';
import { mailboxTransport } from '../../src/platform/mail/create-transport.js';
import { freshDatabase } from '../support/test-db.js';

// Two in the night, Stockholm time: before the day's digests are due.
const clock: Clock = { now: () => new Date('2026-11-24T01:00:00.000Z') };
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await freshDatabase();
  await seedDemo(handle.db, clock, { seed: 2, accounts: 300 });
  await sendYesterdaysMail({
    db: handle.db,
    clock,
    log: createLogger('silent'),
    env: loadEnv({ LOG_LEVEL: 'silent', PUBLIC_URL: 'http://localhost:3000' }),
    mail: mailboxTransport,
  });
});
afterAll(() => handle.close());

describe('the demo’s mail', () => {
  it('holds yesterday’s digests, delivered to the mailbox, whatever the hour it starts', async () => {
    const mail = await handle.db
      .selectFrom('mail_messages')
      .select(['kind', 'status', 'created_at', 'sent_at', 'text_body'])
      .execute();
    const digests = mail.filter((m) => m.kind === 'digest');
    expect(digests.length).toBeGreaterThan(3);
    for (const m of mail) {
      expect(m.status).toBe('sent');
      expect(m.created_at.slice(0, 10)).toBe('2026-11-23');
      expect(m.sent_at?.slice(0, 10)).toBe('2026-11-23');
    }
    expect(digests[0]!.text_body).toContain('http://localhost:3000/');
  });

  it('leaves the reminders it told as sent, so that today’s sweep does not tell them again', async () => {
    const waiting = await handle.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('mail_id', 'is', null)
      .where('resolved_at', 'is', null)
      .executeTakeFirstOrThrow();
    const told = await handle.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('mail_id', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(told.n)).toBeGreaterThan(0);
    // Those who read their reminders weekly still wait for their day.
    expect(Number(waiting.n)).toBeLessThan(Number(told.n));
  });
});
