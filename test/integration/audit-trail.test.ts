import { beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../src/audit-trail/record-audit-event.js';
import type { Account } from '../../src/accounts/account.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeAccount, makeUser } from '../support/factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-09T12:00:00.000Z' });
let schoolAdmin: Actor;
let ekbackenAccount: Account;
let libraryAccount: Account;
let admin: BrowserClient;

const eventIds = (html: string) =>
  [...html.matchAll(/<tr id="event-(\d+)"/g)].map((m) => Number(m[1]));
const idsWhere = async (
  filter: (row: { action: string; object_id: string; unit_id: number | null }) => boolean,
) =>
  (await t.db.selectFrom('audit_events').select(['id', 'action', 'object_id', 'unit_id']).execute())
    .filter(filter)
    .map((r) => r.id)
    .sort((a, b) => b - a);

beforeAll(async () => {
  schoolAdmin = await makeUser(t.db, t.clock, [['admin', org.school]], {
    name: 'Sara Skoladmin',
    email: 'skola@exempel.se',
  });
  // 00:30 on 10 March in Stockholm, still 9 March in UTC.
  t.clock.set('2026-03-09T23:30:00.000Z');
  ekbackenAccount = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Ekbacken på Instagram',
  });
  // 23:59:59 on 10 March in Stockholm.
  t.clock.set('2026-03-10T22:59:59.000Z');
  libraryAccount = await makeAccount(t.db, t.clock, org.admin, org.library, {
    displayName: 'Biblioteket',
  });
  // 00:00 on 11 March in Stockholm.
  t.clock.set('2026-03-10T23:00:00.000Z');
  await makeAccount(t.db, t.clock, schoolAdmin, org.school, { displayName: 'Skolan' });
  await t.db.transaction().execute((tx) =>
    recordAuditEvent(tx, t.clock, {
      actorUserId: null,
      action: 'platform.create',
      objectType: 'platform',
      objectId: 'mastodon',
      unitId: null,
      summary: 'Mastodon',
      after: { key: 'mastodon', hosts: ['mastodon.social'], builtIn: false },
    }),
  );
  t.clock.set('2026-03-12T09:00:00.000Z');
  admin = await t.signedIn('admin@exempel.se');
});

describe('the audit trail', () => {
  it('shows every event to an administrator of the whole organisation, newest first', async () => {
    const res = await admin.get('/audit-trail');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(eventIds(html)).toEqual(await idsWhere(() => true));
    expect(html).toContain('<h1>Händelselogg</h1>');
    expect(html).toContain('Konto registrerat');
    expect(html).toContain('Plattform tillagd');
    expect(html).toContain('Systemet');
    expect(html).toContain('Ada Admin');
    expect(html).toContain(`href="/accounts/${ekbackenAccount.id}"`);
    expect(html).toContain('Ekbacken på Instagram');
    // Stockholm time: 00:30 on 10 March, not 23:30 on the 9th.
    expect(html).toMatch(/10 mars 2026 00:30/);
  });

  it('shows before and after as a list of fields with their values', async () => {
    const html = await (await admin.get('/audit-trail?objectType=platform')).text();
    expect(html).toContain('<details class="audit-changes">');
    expect(html).toContain('<summary>Visa 3 fält</summary>');
    expect(html).toMatch(/<th scope="row">Kod<\/th><td>mastodon<\/td>/);
    expect(html).toMatch(/<th scope="row">Webbadresser \(domäner\)<\/th><td>mastodon.social<\/td>/);
    expect(html).toMatch(/<th scope="row">builtIn<\/th><td>Nej<\/td>/);
    expect(html).not.toContain('&quot;mastodon&quot;');
  });

  it('names coded values as the rest of the interface does', async () => {
    await t.db.transaction().execute((tx) =>
      recordAuditEvent(tx, t.clock, {
        actorUserId: org.admin.userId,
        action: 'account.status',
        objectType: 'account',
        objectId: ekbackenAccount.id,
        unitId: org.ekbacken.id,
        summary: 'Ekbacken på Instagram',
        before: { status: 'active' },
        after: { status: 'inactive' },
      }),
    );
    const html = await (await admin.get('/audit-trail?objectType=account')).text();
    expect(html).toContain('Kontots status ändrad');
    expect(html).toMatch(/<th scope="row">Status<\/th><td>Aktivt<\/td><td>Inaktivt<\/td>/);
  });

  it('shows an administrator of one administration only the events within it', async () => {
    const b = await t.signedIn('skola@exempel.se');
    const res = await b.get('/audit-trail');
    expect(res.status).toBe(200);
    const html = await res.text();
    const schoolUnits = [org.school.id, org.ekbacken.id];
    const expected = await idsWhere((r) => r.unit_id !== null && schoolUnits.includes(r.unit_id));
    expect(expected.length).toBeGreaterThan(0);
    expect(eventIds(html)).toEqual(expected);
    expect(html).not.toContain('Biblioteket');
    expect(html).not.toContain('Plattform tillagd');
    // Checking the chain reads events outside their part of the tree.
    expect(html).not.toContain('verify=1');
    expect((await b.get('/audit-trail?verify=1')).status).toBe(403);
  });

  it('is closed to readers, owners and auditors', async () => {
    for (const role of ['reader', 'owner', 'auditor', 'manager'] as const) {
      const user = await makeUser(t.db, t.clock, [[role, org.root]]);
      const b = await t.signedIn(user.email);
      expect((await b.get('/audit-trail')).status).toBe(403);
      expect(await (await b.get('/')).text()).not.toContain('href="/audit-trail"');
    }
  });

  it('filters by user, including the system', async () => {
    const bySchoolAdmin = await (await admin.get(`/audit-trail?user=${schoolAdmin.userId}`)).text();
    expect(eventIds(bySchoolAdmin)).toHaveLength(1);
    expect(bySchoolAdmin).toContain('Skolan');
    const bySystem = await (await admin.get('/audit-trail?user=system')).text();
    expect(eventIds(bySystem)).toEqual(await idsWhere((r) => r.action === 'platform.create'));
    expect(bySystem).toMatch(/<option value="system" selected="">Systemet<\/option>/);
  });

  it('filters by the kind and id of a record', async () => {
    const res = await admin.get(`/audit-trail?objectType=account&objectId=${libraryAccount.id}`);
    const html = await res.text();
    expect(eventIds(html)).toEqual(
      await idsWhere(
        (r) => r.object_id === String(libraryAccount.id) && r.action.startsWith('account.'),
      ),
    );
    expect(html).toContain('Biblioteket');
    expect(html).not.toContain('Ekbacken på Instagram');
  });

  it('filters by Stockholm calendar days, both ends included', async () => {
    const day10 = await (await admin.get('/audit-trail?from=2026-03-10&to=2026-03-10')).text();
    expect(day10).toContain('Ekbacken på Instagram');
    expect(day10).toContain('Biblioteket');
    expect(day10).not.toContain('Skolan');
    const until9 = await (await admin.get('/audit-trail?to=2026-03-09')).text();
    expect(until9).not.toContain('Ekbacken på Instagram');
    const from11 = await (await admin.get('/audit-trail?from=2026-03-11')).text();
    expect(from11).toContain('Skolan');
    expect(from11).not.toContain('Biblioteket');
  });

  it('explains a date it cannot read instead of guessing', async () => {
    const res = await admin.get('/audit-trail?from=10/3/2026&to=2026-03-01');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Ange ett datum som ÅÅÅÅ-MM-DD.');
    expect(html).toContain('href="#f-from"');
    const reversed = await admin.get('/audit-trail?from=2026-03-11&to=2026-03-10');
    expect(await reversed.text()).toContain('Slutdatumet ligger före startdatumet.');
  });

  it('pages through the trail fifty events at a time', async () => {
    await t.db.transaction().execute(async (tx) => {
      for (let i = 0; i < 60; i++) {
        await recordAuditEvent(tx, t.clock, {
          actorUserId: org.admin.userId,
          action: 'unit.update',
          objectType: 'unit',
          objectId: org.library.id,
          unitId: org.library.id,
          summary: `Ändring ${i}`,
          before: { name: 'Biblioteket' },
          after: { name: `Biblioteket ${i}` },
        });
      }
    });
    const first = await (await admin.get('/audit-trail?objectType=unit')).text();
    const unitEvents = await idsWhere((r) => r.action.startsWith('unit.'));
    expect(eventIds(first)).toEqual(unitEvents.slice(0, 50));
    expect(first).toContain('href="/audit-trail?objectType=unit&amp;page=2"');
    const second = await (await admin.get('/audit-trail?objectType=unit&page=2')).text();
    expect(eventIds(second)).toEqual(unitEvents.slice(50, 100));
  });

  it('checks the chain only when asked, and notices an altered event', async () => {
    const plain = await (await admin.get('/audit-trail')).text();
    expect(plain).not.toContain('Kedjan är obruten');
    expect(plain).toContain('href="/audit-trail?verify=1"');
    const total = (await t.db.selectFrom('audit_events').select('id').execute()).length;
    const ok = await (await admin.get('/audit-trail?verify=1')).text();
    expect(ok).toContain(`Kedjan är obruten (${total} händelser kontrollerade).`);
    const victim = (await idsWhere((r) => r.action === 'platform.create'))[0]!;
    await t.db
      .updateTable('audit_events')
      .set({ summary: 'Ändrad i efterhand' })
      .where('id', '=', victim)
      .execute();
    const broken = await (await admin.get('/audit-trail?verify=1')).text();
    expect(broken).toContain(`Kedjan är bruten vid händelse ${victim}.`);
  });
});
