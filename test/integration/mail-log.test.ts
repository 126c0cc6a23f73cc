import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxTransport } from '../../src/platform/mail/create-transport.js';
import { deliverMail } from '../../src/platform/mail/deliver-mail.js';
import { formatNumber } from '../../src/platform/i18n/format.js';
import { acquireLease, releaseLease } from '../../src/platform/jobs/lease.js';
import { auditRows } from '../support/checks.js';
import { makeUser } from '../support/factories.js';
import { deliveryDeps, mailRow, queueMail } from '../support/mail-factories.js';
import type { ApiClient, BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-11-23T08:00:00Z' });
let admin: BrowserClient;
let owner: BrowserClient;
let adminApi: ApiClient;
let ownerApi: ApiClient;
let sent: number;
let waiting: number;

beforeAll(async () => {
  const anna = await makeUser(t.db, t.clock, [['owner', org.ekbacken]], {
    name: 'Anna Ägare',
    email: 'anna@exempel.se',
  });
  sent = (await queueMail(t.db, t.clock, 'digest:anna:2026-11-22', {
    toUserId: anna.userId,
    toAddress: 'anna@exempel.se',
  }))!;
  await queueMail(t.db, t.clock, 'urgent:12', { kind: 'urgent', toAddress: 'bo@exempel.se' });
  await deliverMail(deliveryDeps(t.db, t.clock, mailboxTransport));
  t.clock.set('2026-11-25T08:00:00Z');
  waiting = (await queueMail(t.db, t.clock, 'round:3:anna', {
    kind: 'round',
    toAddress: 'anna@exempel.se',
  }))!;
  for (let i = 0; i < 30; i++) await queueMail(t.db, t.clock, `digest:many${i}:2026-11-25`);
  admin = await t.signedIn('admin@exempel.se');
  owner = await t.signedIn('anna@exempel.se');
  adminApi = await t.api(org.admin);
  ownerApi = await t.api(anna);
});

describe('the mail log', () => {
  it('lists every message newest first and says that mail stays in the local mailbox', async () => {
    const res = await admin.get('/mail-log?pageSize=25');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('E-post skickas inte ut: den hamnar i den lokala brevlådan här.');
    expect(html).toContain('Sida 1 av 2 · 33 träffar');
    expect(html).toContain('Väntar (31)');
    expect(html).toContain('Skickat (2)');
    const next = await (await admin.get('/mail-log?pageSize=25&page=2')).text();
    expect(next).toContain(`href="/mail-log/${sent}"`);
    expect(next).toContain('Påminnelse digest:anna:2026-11-22');
  });

  it('filters by status, kind, recipient or subject and the day it was created', async () => {
    const list = async (q: string) => (await admin.get(`/mail-log?${q}`)).text();
    const failedOnly = await list('status=failed');
    expect(failedOnly).toContain('Inga meddelanden matchar filtret.');
    const rounds = await list('kind=round');
    expect(rounds).toContain(`href="/mail-log/${waiting}"`);
    expect(rounds).toContain('1 träffar');
    expect(await list('q=ANNA@exempel')).toContain('2 träffar');
    expect(await list('q=digest:anna')).toContain('1 träffar');
    expect(await list('from=2026-11-23&to=2026-11-23')).toContain('2 träffar');
    expect(await list('from=2026-11-24')).toContain('31 träffar');
  });

  it('explains a date it cannot read or a range that ends before it starts', async () => {
    const bad = await admin.get('/mail-log?from=23/11&to=2026-11-01');
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Ange ett datum som ÅÅÅÅ-MM-DD.');
    const reversed = await (await admin.get('/mail-log?from=2026-11-25&to=2026-11-01')).text();
    expect(reversed).toContain('Slutdatumet ligger före startdatumet.');
    await makeUser(t.db, t.clock, [['admin', org.root]], {
      email: 'admin-en@exempel.se',
      locale: 'en',
    });
    const en = await t.signedIn('admin-en@exempel.se');
    const english = await (await en.get('/mail-log?from=2026-11-25&to=2026-11-01')).text();
    expect(english).toContain('The end date is before the start date.');
  });

  it('shows a message: headers, delivery, the text, and the HTML a link away', async () => {
    const res = await admin.get(`/mail-log/${sent}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const row = await mailRow(t.db, sent);
    // The Message-ID may wrap after its dot and @, and reads the same.
    const shown = /<dt>Message-ID<\/dt><dd>(.*?)<\/dd>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
    expect(shown).toBe(row.message_id.replace('<', '&lt;').replace('>', '&gt;'));
    expect(html).toContain('anna@exempel.se');
    expect(html).toContain('Anna Ägare');
    expect(html).toContain('Den lokala brevlådan');
    expect(html).toContain('stored in the local mailbox');
    expect(html).toMatch(/<pre class="prewrap mail-text" lang="sv">Hej Anna,/);
    expect(html).toContain(`href="/mail-log/${sent}/html"`);
    expect(html).not.toContain('<body style=');
  });

  it('shows the HTML body as a page of its own where nothing in it can run', async () => {
    const res = await admin.get(`/mail-log/${sent}/html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    expect(html).toMatch(
      /^<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none';/,
    );
    expect(html).toContain('<h1 style=');
    const hostile = (await queueMail(t.db, t.clock, 'hostile:1', {
      mail: { subject: 'x', text: 'x', html: '<script>parent.alert(1)</script><p>x</p>' },
    }))!;
    const guarded = await (await admin.get(`/mail-log/${hostile}/html`)).text();
    expect(guarded.indexOf('Content-Security-Policy')).toBeLessThan(guarded.indexOf('<script>'));
    expect((await owner.get(`/mail-log/${sent}/html`)).status).toBe(403);
    await t.db.deleteFrom('mail_messages').where('id', '=', hostile).execute();
  });

  it('shows when the sweep last ran and what it found', async () => {
    expect(await (await admin.get('/mail-log')).text()).toContain('Svepet har inte körts än.');
    await acquireLease(t.db, t.clock, 'sweep', 'test', 60_000);
    t.clock.advance(1500);
    await releaseLease(t.db, t.clock, 'sweep', 'test', { reminders: 1234, messages: 7 });
    const html = await (await admin.get('/mail-log')).text();
    expect(html).toContain('Senaste svepet startade 25 nov. 2026 09:00 och blev klart');
    expect(html).toContain(`<dt>reminders</dt><dd>${formatNumber(1234, 'sv')}</dd>`);
    expect(html).toContain('href="/follow-up"');
  });

  it('resends a message as a new copy and records who asked', async () => {
    const res = await admin.post(`/mail-log/${sent}/resend`, {});
    expect(res.status).toBe(303);
    const copyId = Number(/\/mail-log\/(\d+)$/.exec(res.headers.get('location') ?? '')?.[1]);
    const copy = await mailRow(t.db, copyId);
    const original = await mailRow(t.db, sent);
    expect(copy).toMatchObject({
      kind: 'resend',
      dedupe_key: `resend:${sent}:1`,
      resent_from: sent,
      status: 'queued',
      to_address: original.to_address,
      to_user_id: original.to_user_id,
      subject: original.subject,
      text_body: original.text_body,
      html_body: original.html_body,
    });
    expect(copy.message_id).not.toBe(original.message_id);
    const page = await (await admin.get(`/mail-log/${copyId}`)).text();
    expect(page).toContain('En kopia är köad och hamnar i den lokala brevlådan vid nästa utskick.');
    expect(page).toContain(`href="/mail-log/${sent}"`);
    expect(page).toContain('Meddelandet kan skickas om när det har skickats eller misslyckats');
    const audit = await auditRows(t.db, 'mail.resend', sent);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_type: 'mail', actor_user_id: org.admin.userId });
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ copy: copyId });

    const again = await admin.post(`/mail-log/${sent}/resend`, {});
    const second = await mailRow(t.db, Number(/(\d+)$/.exec(again.headers.get('location')!)![1]));
    expect(second.dedupe_key).toBe(`resend:${sent}:2`);
    expect(await (await admin.get(`/mail-log/${sent}`)).text()).toContain(
      `href="/mail-log/${second.id}"`,
    );
  });

  it('does not resend a message that has not gone out yet', async () => {
    const res = await admin.post(`/mail-log/${waiting}/resend`, {});
    expect(res.status).toBe(409);
    expect(await res.text()).toContain(
      'Meddelandet har inte skickats eller misslyckats än. Det kan skickas om först därefter.',
    );
    expect(await auditRows(t.db, 'mail.resend', waiting)).toEqual([]);
  });

  it('refuses a resend without the form token', async () => {
    const res = await admin.post(`/mail-log/${sent}/resend`, {}, { csrf: 'forged' });
    expect(res.status).toBe(403);
  });

  it('is for administrators only', async () => {
    expect((await owner.get('/mail-log')).status).toBe(403);
    expect((await owner.get(`/mail-log/${sent}`)).status).toBe(403);
    expect((await owner.post(`/mail-log/${sent}/resend`, {})).status).toBe(403);
    expect((await ownerApi.get('/mail-log')).status).toBe(403);
    expect((await admin.get('/mail-log/999999')).status).toBe(404);
  });
});

describe('GET /api/v1/mail-log', () => {
  it('lists the messages with their delivery, filtered and paged', async () => {
    const res = await adminApi.get('/mail-log?kind=digest&q=anna&pageSize=10');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ page: 1, pageSize: 10, total: 1 });
    const row = await mailRow(t.db, sent);
    expect(res.json.items[0]).toEqual({
      id: sent,
      messageId: row.message_id,
      kind: 'digest',
      status: 'sent',
      toUserId: row.to_user_id,
      toAddress: 'anna@exempel.se',
      locale: 'sv',
      subject: row.subject,
      attempts: 1,
      nextAttemptAt: null,
      lastError: '',
      serverResponse: 'stored in the local mailbox',
      transport: 'mailbox',
      resentFrom: null,
      createdAt: row.created_at,
      sentAt: row.sent_at,
    });
    const resent = await adminApi.get('/mail-log?kind=resend');
    expect(resent.json.items.every((i: { resentFrom: number }) => i.resentFrom === sent)).toBe(
      true,
    );
  });

  it('refuses an unknown status with the field named', async () => {
    const res = await adminApi.get('/mail-log?status=lost');
    expect(res.status).toBe(400);
    expect(res.json.error.fields[0].path).toEqual(['status']);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters: { name: string }[] } }>;
    };
    const names = doc.paths['/mail-log']!.get!.parameters.map((p) => p.name);
    expect(names).toEqual(['status', 'kind', 'q', 'from', 'to', 'page', 'pageSize']);
  });
});
