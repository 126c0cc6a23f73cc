import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock.js';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { claimNextMail, INTERRUPTED } from '../../src/platform/mail/claim-mail.js';
import { mailboxTransport, smtpTransport } from '../../src/platform/mail/create-transport.js';
import { deliverMail } from '../../src/platform/mail/deliver-mail.js';
import { messageIdFor } from '../../src/platform/mail/enqueue-mail.js';
import type { MailTransport } from '../../src/platform/mail/mail.js';
import { deliveryDeps, mailRow, queueMail, TEST_FROM } from '../support/mail-factories.js';
import { scratchDatabaseUrl } from '../support/scratch-database.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t } = useTestOrganisation({ at: '2026-11-23T08:00:00Z' });
const MINUTE = 60_000;
let sink: SmtpSink;
let smtp: MailTransport;
const deliver = () => deliverMail(deliveryDeps(t.db, t.clock, smtp));

beforeAll(async () => {
  sink = await startSmtpSink();
  smtp = smtpTransport(sink.url);
});
afterEach(() => {
  sink.refuse(null);
  sink.received.length = 0;
});
afterAll(async () => {
  await smtp.close();
  await sink.close();
});

describe('delivery from the outbox', () => {
  it('sends each queued message once, with its stored Message-ID, as text and HTML', async () => {
    const ids = [
      await queueMail(t.db, t.clock, 'digest:1:2026-11-23'),
      await queueMail(t.db, t.clock, 'digest:2:2026-11-23'),
      await queueMail(t.db, t.clock, 'urgent:7', { kind: 'urgent', locale: 'en' }),
    ];
    expect(await queueMail(t.db, t.clock, 'digest:1:2026-11-23')).toBeNull();
    expect(await deliver()).toEqual({ sent: 3, retried: 0, failed: 0 });
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(sink.received).toHaveLength(3);
    for (const id of ids) {
      const row = await mailRow(t.db, id!);
      expect(row.message_id).toBe(messageIdFor(row.dedupe_key, TEST_FROM));
      const got = sink.received.filter((m) => m.messageId === row.message_id);
      expect(got).toHaveLength(1);
      expect(got[0]!.to).toEqual([row.to_address]);
      expect(got[0]!.from).toContain('kanalkoll@exempel.se');
      expect(got[0]!.subject).toBe(row.subject);
      expect(got[0]!.text).toContain('Hej Anna,');
      expect(got[0]!.text).toContain('https://kanalkoll.exempel.se/tasks');
      expect(got[0]!.html).toContain('<a href="https://kanalkoll.exempel.se/tasks"');
      expect(row).toMatchObject({
        status: 'sent',
        attempts: 1,
        transport: 'smtp',
        claimed_until: null,
        last_error: '',
        sent_at: t.clock.now().toISOString(),
      });
      expect(row.server_response).toMatch(/^250 /);
    }
  });

  it('retries a refused message with backoff and, after the limit, fails it with the answer', async () => {
    sink.refuse({ code: 451, message: 'try later' });
    const id = (await queueMail(t.db, t.clock, 'digest:3:2026-11-23'))!;
    const waits = [1, 5, 15, 60, 240];
    for (const [i, minutes] of waits.entries()) {
      expect(await deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
      const row = await mailRow(t.db, id);
      expect(row).toMatchObject({ status: 'queued', attempts: i + 1, last_error: '451 try later' });
      const due = new Date(t.clock.now().getTime() + minutes * MINUTE).toISOString();
      expect(row.next_attempt_at).toBe(due);
      // Not a minute before its time.
      t.clock.advance(minutes * MINUTE - 1000);
      expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
      t.clock.advance(1000);
    }
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await mailRow(t.db, id)).toMatchObject({
      status: 'failed',
      attempts: 6,
      last_error: '451 try later',
      sent_at: null,
    });
    sink.refuse(null);
    t.clock.advance(24 * 60 * MINUTE);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sink.received).toEqual([]);

    const admin = await t.signedIn('admin@exempel.se');
    const list = await (await admin.get('/mail-log?status=failed')).text();
    expect(list).toContain('Påminnelse digest:3:2026-11-23');
    const page = await (await admin.get(`/mail-log/${id}`)).text();
    expect(page).toContain('Misslyckades');
    expect(page).toContain('451 try later');
    expect(page).toContain('6 av högst 6');
  });

  it('sends a message once the server takes it again, without losing it meanwhile', async () => {
    sink.refuse({ code: 421, message: 'too busy' });
    const id = (await queueMail(t.db, t.clock, 'digest:4:2026-11-23'))!;
    expect(await deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
    sink.refuse(null);
    t.clock.advance(MINUTE);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const row = await mailRow(t.db, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: '421 too busy' });
    expect(sink.received.map((m) => m.messageId)).toEqual([row.message_id]);
  });

  it('fails a message at once when the server refuses it for good (5xx)', async () => {
    sink.refuse({ code: 550, message: 'no such mailbox' });
    const id = (await queueMail(t.db, t.clock, 'digest:5:2026-11-23'))!;
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await mailRow(t.db, id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: '550 no such mailbox',
    });
  });

  it('retries when the server cannot be reached at all', async () => {
    const id = (await queueMail(t.db, t.clock, 'digest:6:2026-11-23'))!;
    const nowhere = smtpTransport('smtp://127.0.0.1:1');
    expect(await deliverMail(deliveryDeps(t.db, t.clock, nowhere))).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    expect((await mailRow(t.db, id)).last_error).toMatch(/ECONNREFUSED/);
    t.clock.advance(MINUTE);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it('sends again, with the same Message-ID, a message whose sender stopped mid-send', async () => {
    const id = (await queueMail(t.db, t.clock, 'digest:7:2026-11-23'))!;
    // A sender claims it and dies before recording anything.
    const claimed = await claimNextMail(t.db, t.clock);
    expect(claimed).toMatchObject({ id, status: 'sending', attempts: 1 });
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    t.clock.advance(2 * MINUTE - 1);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    t.clock.advance(1);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    t.clock.advance(1);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const row = await mailRow(t.db, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: INTERRUPTED });
    expect(sink.received.map((m) => m.messageId)).toEqual([claimed!.message_id]);
  });

  it('stores a message in the local mailbox when no SMTP server is set', async () => {
    const id = (await queueMail(t.db, t.clock, 'digest:8:2026-11-23'))!;
    expect(await deliverMail(deliveryDeps(t.db, t.clock, mailboxTransport))).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(await mailRow(t.db, id)).toMatchObject({ status: 'sent', transport: 'mailbox' });
    expect(sink.received).toEqual([]);
  });
});

describe('two deliverers on one database', () => {
  let database: Awaited<ReturnType<typeof scratchDatabaseUrl>>;
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  beforeAll(async () => {
    database = await scratchDatabaseUrl();
    a = openDatabase(database.url);
    b = openDatabase(database.url);
    await migrateToLatest(a);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await database.drop();
  });

  it('send each message once when they run at the same time', async () => {
    for (let i = 0; i < 40; i++) await queueMail(a.db, systemClock, `digest:${i}:2026-11-23`);
    const [first, second] = await Promise.all([
      deliverMail(deliveryDeps(a.db, systemClock, smtp)),
      deliverMail(deliveryDeps(b.db, systemClock, smtp)),
    ]);
    expect(first.sent + second.sent).toBe(40);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBeGreaterThan(0);
    const ids = sink.received.map((m) => m.messageId);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    const left = await a.db
      .selectFrom('mail_messages')
      .select('id')
      .where('status', '!=', 'sent')
      .execute();
    expect(left).toEqual([]);
  });
});
