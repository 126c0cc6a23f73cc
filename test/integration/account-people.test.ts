import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { auditRows, countRows } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson, addPlatformAccess } from '../support/people-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 2026-03-10 in Stockholm.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let manager: BrowserClient;
let reader: BrowserClient;
let outsider: BrowserClient;
let anna: Actor;
let bo: Actor;
let cia: Actor;
let account: Account;

const known = { credentialsLocation: 'password_manager' as const };

beforeAll(async () => {
  await makeUser(t.db, t.clock, [['manager', org.school]], { email: 'chef@exempel.se' });
  await makeUser(t.db, t.clock, [['reader', org.school]], { email: 'las@exempel.se' });
  await makeUser(t.db, t.clock, [['manager', org.culture]], { email: 'kultur@exempel.se' });
  anna = await makeUser(t.db, t.clock, [], { name: 'Anna Andersson', email: 'anna@exempel.se' });
  bo = await makeUser(t.db, t.clock, [], { name: 'Bo Berg', email: 'bo@exempel.se' });
  cia = await makeUser(t.db, t.clock, [], { name: 'Cia Carlsson', email: 'cia@exempel.se' });
  account = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Ekbacken på Instagram',
    ...known,
  });
  manager = await t.signedIn('chef@exempel.se');
  reader = await t.signedIn('las@exempel.se');
  outsider = await t.signedIn('kultur@exempel.se');
});

const pageOf = async (client: BrowserClient, path: string) => {
  const res = await client.get(path);
  expect(res.status).toBe(200);
  return res.text();
};

describe('assigning people to an account', () => {
  it('saves owner, deputies and an external contact, shows them, and records history and audit', async () => {
    const res = await manager.post(`/accounts/${account.id}/people`, {
      ownerUserId: String(anna.userId),
      'deputyUserIds.0': String(bo.userId),
      'deputyUserIds.1': '',
      'externals.0.name': 'Dan Byrå',
      'externals.0.email': 'Dan@Byran.se',
      'externals.0.organisation': 'Byrån AB',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/accounts/${account.id}`);
    const html = await pageOf(manager, `/accounts/${account.id}`);
    expect(html).toContain('Anna Andersson');
    expect(html).toContain('Bo Berg');
    expect(html).toContain('dan@byran.se');
    expect(html).toContain('2 av minst 2 personer inom organisationen.');
    expect(html).toContain('Externa kontakter räknas inte');
    expect(html).toContain('Kontoansvarig: Anna Andersson; Ersättare: Bo Berg');
    expect(html).not.toContain('För få ansvariga');

    const [event] = await auditRows(t.db, 'account.people.change', account.id);
    expect(event!.object_type).toBe('account');
    expect(event!.unit_id).toBe(org.ekbacken.id);
    expect(JSON.parse(event!.after_json!)).toEqual([
      { role: 'owner', name: 'Anna Andersson', userId: anna.userId },
      { role: 'deputy', name: 'Bo Berg', userId: bo.userId },
      { role: 'external', name: 'Dan Byrå', organisation: 'Byrån AB' },
    ]);
    expect(event!.after_json).not.toContain('@');
    const history = await t.db
      .selectFrom('account_history')
      .selectAll()
      .where('account_id', '=', account.id)
      .where('field', '=', 'people')
      .execute();
    expect(history).toHaveLength(1);
  });

  it('shows the form filled in, and hands the owner role over to a deputy', async () => {
    const form = await pageOf(manager, `/accounts/${account.id}/people`);
    expect(form).toContain('Ersättare 1');
    expect(form).toMatch(new RegExp(`<option value="${anna.userId}" selected="">`));
    const res = await manager.post(`/accounts/${account.id}/people`, {
      ownerUserId: String(bo.userId),
      'deputyUserIds.0': String(anna.userId),
      'deputyUserIds.1': String(cia.userId),
      'externals.0.name': 'Dan Byrå',
      'externals.0.email': 'dan@byran.se',
      'externals.0.organisation': 'Byrån AB',
    });
    expect(res.status).toBe(303);
    const rows = await t.db
      .selectFrom('account_people')
      .select(['role', 'user_id'])
      .where('account_id', '=', account.id)
      .where('user_id', 'is not', null)
      .orderBy('user_id')
      .execute();
    expect(rows).toEqual([
      { role: 'deputy', user_id: anna.userId },
      { role: 'owner', user_id: bo.userId },
      { role: 'deputy', user_id: cia.userId },
    ]);
    // Both kept their rows: only the roles changed.
    expect((await auditRows(t.db, 'account.people.change', account.id)).length).toBe(2);
  });

  it('keeps what was typed and explains each problem, writing nothing', async () => {
    const before = await countRows(t.db, 'account_people');
    const res = await manager.post(`/accounts/${account.id}/people`, {
      ownerUserId: String(bo.userId),
      'deputyUserIds.0': '',
      'deputyUserIds.1': String(bo.userId),
      'externals.0.name': '',
      'externals.0.email': 'inte-en-adress',
      'externals.0.organisation': 'Byrån AB',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Personen finns redan bland de ansvariga.');
    expect(html).toContain('href="#f-deputyUserIds.1"');
    expect(html).toContain('href="#f-externals.0.name"');
    expect(html).toContain('Ange en giltig e-postadress.');
    expect(html).toContain('value="inte-en-adress"');
    expect(await countRows(t.db, 'account_people')).toBe(before);
  });

  it('adds empty rows on request without saving', async () => {
    const res = await manager.post(`/accounts/${account.id}/people`, {
      ownerUserId: String(bo.userId),
      'deputyUserIds.0': String(anna.userId),
      'deputyUserIds.1': '',
      more: '1',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Ersättare 4');
    const [latest] = await auditRows(t.db, 'account.people.change', account.id);
    expect(latest).toBeDefined();
    expect((await auditRows(t.db, 'account.people.change', account.id)).length).toBe(2);
  });

  it('shows the form and its errors in English', async () => {
    await makeUser(t.db, t.clock, [['manager', org.school]], {
      email: 'boss@exempel.se',
      locale: 'en',
    });
    const english = await t.signedIn('boss@exempel.se');
    const res = await english.post(`/accounts/${account.id}/people`, {
      'externals.0.name': 'X',
      'externals.0.email': 'nope',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Enter a valid e-mail address.');
    expect(html).toContain('External contacts');
  });
});

describe('who may change the people', () => {
  it('lets a reader see the people but not change them', async () => {
    const html = await pageOf(reader, `/accounts/${account.id}`);
    expect(html).toContain('Bo Berg');
    expect(html).not.toContain(`/accounts/${account.id}/people"`);
    expect((await reader.get(`/accounts/${account.id}/people`)).status).toBe(403);
    const post = await reader.post(`/accounts/${account.id}/people`, { ownerUserId: '' });
    expect(post.status).toBe(403);
    expect((await reader.get(`/accounts/${account.id}/access`)).status).toBe(403);
  });

  it('refuses a manager of another unit', async () => {
    expect((await outsider.get(`/accounts/${account.id}/people`)).status).toBe(403);
    const post = await outsider.post(`/accounts/${account.id}/people`, { ownerUserId: '' });
    expect(post.status).toBe(403);
    const access = await outsider.post(`/accounts/${account.id}/access`, {
      personName: 'X',
      platformRole: 'admin',
    });
    expect(access.status).toBe(403);
  });
});

describe('access at the platform', () => {
  it('adds, confirms, changes and removes who has access, with audit rows', async () => {
    const other = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, known);
    const page = await pageOf(manager, `/accounts/${other.id}/access`);
    expect(page).toContain('Inga behörigheter på plattformen är registrerade.');

    const bad = await manager.post(`/accounts/${other.id}/access`, {
      userId: '',
      personName: '',
      platformRole: 'admin',
      confirmedOn: '2026-13-01',
      note: 'Anteckning kvar',
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Välj en användare eller skriv ett namn.');
    expect(badHtml).toContain('Ange ett datum som ÅÅÅÅ-MM-DD.');
    expect(badHtml).toContain('Anteckning kvar');

    const add = await manager.post(`/accounts/${other.id}/access`, {
      userId: '',
      personName: 'Byrån AB',
      platformRole: 'editor',
      confirmedOn: '2024-01-15',
      note: '',
    });
    expect(add.status).toBe(303);
    const added = await t.db
      .selectFrom('platform_access')
      .select('id')
      .where('account_id', '=', other.id)
      .executeTakeFirstOrThrow();
    const shown = await pageOf(manager, `/accounts/${other.id}`);
    expect(shown).toContain('Byrån AB');
    expect(shown).toContain('Redaktör');
    expect(shown).toContain('mer än ett år sedan');

    const confirm = await manager.post(`/accounts/${other.id}/access/${added.id}/confirm`, {});
    expect(confirm.status).toBe(303);
    const row = await t.db
      .selectFrom('platform_access')
      .select('confirmed_on')
      .where('id', '=', added.id)
      .executeTakeFirstOrThrow();
    expect(row.confirmed_on).toBe('2026-03-10');
    expect((await auditRows(t.db, 'account.access.confirm', other.id)).length).toBe(1);

    const edit = await manager.post(`/accounts/${other.id}/access/${added.id}`, {
      userId: String(cia.userId),
      personName: '',
      platformRole: 'admin',
      confirmedOn: '2026-03-10',
      note: 'Business manager',
    });
    expect(edit.status).toBe(303);
    const edited = await pageOf(manager, `/accounts/${other.id}/access`);
    expect(edited).toContain('Cia Carlsson');
    expect(edited).toContain('Administratör');
    expect((await auditRows(t.db, 'account.access.change', other.id)).length).toBe(1);

    const remove = await manager.post(`/accounts/${other.id}/access/${added.id}/remove`, {});
    expect(remove.status).toBe(303);
    expect((await auditRows(t.db, 'account.access.remove', other.id)).length).toBe(1);
    expect((await auditRows(t.db, 'account.access.add', other.id)).length).toBe(1);
    const history = await pageOf(manager, `/accounts/${other.id}`);
    expect(history).toContain('Byrån AB (redaktör, bekräftad 2024-01-15)');
  });

  it('shows when access was never confirmed', async () => {
    const other = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, known);
    await addPlatformAccess(t.db, t.clock, other.id, { userId: anna.userId, confirmedOn: null });
    const html = await pageOf(reader, `/accounts/${other.id}`);
    expect(html).toContain('Aldrig bekräftad');
    expect(html).toContain('Anna Andersson');
  });
});

describe('the people policy', () => {
  it('lets an administrator raise the minimum, which flags accounts with too few people', async () => {
    const admin = await t.signedIn('admin@exempel.se');
    expect((await manager.get('/people/settings')).status).toBe(403);
    const form = await pageOf(admin, '/people/settings');
    expect(form).toContain('value="2"');
    const bad = await admin.post('/people/settings', {
      minPeople: '0',
      trainingNoticeDays: 'x',
      rotationMonths: '12',
      reauthMinutes: '5',
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Måste vara minst 1.');
    expect(badHtml).toContain('Ange ett heltal.');
    const ok = await admin.post('/people/settings', {
      minPeople: '4',
      trainingNoticeDays: '30',
      rotationMonths: '12',
      reauthMinutes: '5',
    });
    expect(ok.status).toBe(303);
    expect((await auditRows(t.db, 'settings.people', 'people')).length).toBe(1);
    const html = await pageOf(manager, `/accounts/${account.id}`);
    expect(html).toContain('För få ansvariga');
    expect(html).toContain('3 av minst 4 personer inom organisationen');
    await admin.post('/people/settings', {
      minPeople: '2',
      trainingNoticeDays: '60',
      rotationMonths: '12',
      reauthMinutes: '5',
    });
  });
});

describe('departed people', () => {
  it('keeps a person who has left on the form, marked, until someone hands the account over', async () => {
    const other = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, known);
    const gone = await makeUser(t.db, t.clock, [], { name: 'Gun Gått' });
    await addAccountPerson(t.db, t.clock, other.id, gone.userId, 'owner', {
      reason: 'departed',
      on: '2026-03-01',
    });
    await t.db.updateTable('users').set({ active: 0 }).where('id', '=', gone.userId).execute();
    await addAccountPerson(t.db, t.clock, other.id, anna.userId, 'deputy');
    const form = await pageOf(manager, `/accounts/${other.id}/people`);
    expect(form).toContain('Gun Gått (ansvarig har slutat)');
    const keep = await manager.post(`/accounts/${other.id}/people`, {
      ownerUserId: String(gone.userId),
      'deputyUserIds.0': String(anna.userId),
      'deputyUserIds.1': String(bo.userId),
    });
    expect(keep.status).toBe(303);
    const page = await pageOf(manager, `/accounts/${other.id}`);
    expect(page).toContain('Gun Gått: ansvarig har slutat.');
    const stranger = await makeUser(t.db, t.clock, [], { name: 'Ej aktiv' });
    await t.db.updateTable('users').set({ active: 0 }).where('id', '=', stranger.userId).execute();
    const refused = await manager.post(`/accounts/${other.id}/people`, {
      ownerUserId: String(stranger.userId),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Välj en aktiv användare.');
  });
});

describe('the People page', () => {
  it('gathers absences, handovers, training and users, each for those who may use it', async () => {
    const admin = await t.signedIn('admin@exempel.se');
    const all = await pageOf(admin, '/people');
    for (const href of ['/absences', '/handovers', '/training', '/users'])
      expect(all).toContain(`href="${href}"`);
    const some = await pageOf(reader, '/people');
    expect(some).toContain('href="/absences"');
    expect(some).toContain('href="/training"');
    expect(some).not.toContain('href="/handovers"');
    expect(some).not.toContain('href="/users"');
  });

  it('is the menu item marked current on the pages it gathers', async () => {
    const html = await pageOf(reader, '/absences');
    expect(html).toMatch(/<a href="\/people" aria-current="page">Personer<\/a>/);
    expect(html).not.toMatch(/<a href="\/absences"[^>]*aria-current/);
  });
});
