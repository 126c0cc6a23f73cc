import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { accountFormValues } from '../../src/accounts/account-form-values.js';
import { getAccountWithUnitPath } from '../../src/accounts/account-queries.js';
import type { Unit } from '../../src/units/unit.js';
import { makeAccount, makeUnit, makeUser } from '../support/factories.js';
import { countRows } from '../support/checks.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// A communicator of the education administration; the library (culture) lies outside it.
const { t, org } = useTestOrganisation();
let ostra: Unit;
let sorting: Unit;
let communicator: BrowserClient;
let ekbackenFb: Account;
let ostraGymnasiet: Account;
let library: Account;

beforeAll(async () => {
  ostra = await makeUnit(t.db, t.clock, org.school, 'Östra skolan');
  sorting = await makeUnit(t.db, t.clock, org.school, 'Sorteringsenheten');
  await makeUser(t.db, t.clock, [['communicator', org.school]], {
    name: 'Karin Kommunikatör',
    email: 'kom@exempel.se',
  });
  await makeUser(t.db, t.clock, [['communicator', org.school]], {
    email: 'en@exempel.se',
    locale: 'en',
  });
  const { admin } = org;
  ekbackenFb = await makeAccount(t.db, t.clock, admin, org.ekbacken, {
    platform: 'facebook',
    handle: 'ekbackensskolafb',
    displayName: 'Ekbackens skola',
  });
  ostraGymnasiet = await makeAccount(t.db, t.clock, admin, ostra, {
    displayName: 'Östra gymnasiet',
    type: 'campaign',
    endDate: '2027-06-30',
    status: 'inactive',
  });
  library = await makeAccount(t.db, t.clock, admin, org.library, {
    displayName: 'Bibliotekets konto',
  });
  for (const [displayName, status] of [
    ['Örnen', 'closed'],
    ['Zeta', 'active'],
    ['Ärla', 'inactive'],
    ['Alfa', 'active'],
    ['Åsa', 'active'],
  ] as const) {
    await makeAccount(t.db, t.clock, admin, sorting, { displayName, status });
  }
  communicator = await t.signedIn('kom@exempel.se');
});

/** The account names in the list's table, in the order shown. */
async function listed(res: Response): Promise<string[]> {
  expect(res.status).toBe(200);
  const html = await res.text();
  return [...html.matchAll(/<td><a href="\/accounts\/\d+">([^<]+)<\/a><\/td>/g)].map((m) => m[1]!);
}

const countOf = (table: 'audit_events' | 'accounts' | 'account_history') => countRows(t.db, table);

const lastHistoryId = async () =>
  Number(
    (
      await t.db
        .selectFrom('account_history')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow()
    ).id,
  );

/** A create form as the browser sends it: every field, most of them empty. */
const newAccountForm = (fields: Record<string, string>) => ({
  url: '',
  platform: '',
  handle: '',
  platformAccountId: '',
  displayName: '',
  unitId: String(org.ekbacken.id),
  type: 'official',
  endDate: '',
  status: 'active',
  purpose: '',
  goals: '',
  audience: '',
  publishingPlan: '',
  lastActivityOn: '',
  credentialsLocation: 'unknown',
  credentialsNote: '',
  disposalReference: '',
  notes: '',
  ...fields,
});

describe('the register list', () => {
  it('shows a communicator only the accounts of their administration', async () => {
    const names = await listed(await communicator.get('/accounts'));
    expect(names).toContain('Ekbackens skola');
    expect(names).toContain('Östra gymnasiet');
    expect(names).not.toContain('Bibliotekets konto');
  });

  it('filters by unit including its subunits, platform, type, status and free text', async () => {
    expect(await listed(await communicator.get(`/accounts?unit=${org.school.id}`))).toEqual(
      expect.arrayContaining(['Ekbackens skola', 'Östra gymnasiet']),
    );
    expect(await listed(await communicator.get(`/accounts?unit=${ostra.id}`))).toEqual([
      'Östra gymnasiet',
    ]);
    expect(await listed(await communicator.get('/accounts?platform=facebook'))).toEqual([
      'Ekbackens skola',
    ]);
    expect(await listed(await communicator.get('/accounts?type=campaign'))).toEqual([
      'Östra gymnasiet',
    ]);
    expect(await listed(await communicator.get(`/accounts?status=inactive`))).toEqual([
      'Ärla',
      'Östra gymnasiet',
    ]);
    expect(await listed(await communicator.get('/accounts?q=ekback'))).toEqual(['Ekbackens skola']);
    expect(await listed(await communicator.get('/accounts?q=ostra'))).toEqual(['Östra gymnasiet']);
  });

  it('sorts names in Swedish order, with Å, Ä and Ö after Z, both ways', async () => {
    const base = `/accounts?unit=${sorting.id}`;
    expect(await listed(await communicator.get(base))).toEqual([
      'Alfa',
      'Zeta',
      'Åsa',
      'Ärla',
      'Örnen',
    ]);
    const desc = await communicator.get(`${base}&sort=-name`);
    const html = await desc.clone().text();
    expect(html).toContain('aria-sort="descending"');
    expect(await listed(desc)).toEqual(['Örnen', 'Ärla', 'Åsa', 'Zeta', 'Alfa']);
  });

  it('pages through the results and keeps the filters in the links', async () => {
    const base = `/accounts?unit=${sorting.id}&pageSize=2`;
    const first = await communicator.get(base);
    const html = await first.clone().text();
    expect(await listed(first)).toEqual(['Alfa', 'Zeta']);
    expect(html).toContain('Sida 1 av 3 · 5 träffar');
    expect(html).toContain(`href="/accounts?unit=${sorting.id}&amp;pageSize=2&amp;page=2"`);
    expect(await listed(await communicator.get(`${base}&page=3`))).toEqual(['Örnen']);
  });

  it('counts the accounts per status under the same filters, as links that filter', async () => {
    const res = await communicator.get(`/accounts?unit=${sorting.id}&status=inactive`);
    const html = await res.text();
    expect(html).toContain('Alla (5)');
    expect(html).toContain('Aktivt (3)');
    expect(html).toContain('Avslutat (1)');
    expect(html).toMatch(/href="\/accounts\?unit=\d+&amp;status=inactive" aria-current="true"/);
    expect(html).toContain(`href="/accounts?unit=${sorting.id}&amp;status=closed"`);
  });

  it('ignores query parameters it cannot read instead of failing', async () => {
    const res = await communicator.get('/accounts?page=abc&sort=bogus&pageSize=-3');
    expect(res.status).toBe(200);
    expect(await res.clone().text()).toContain('Några filter i adressen gick inte att tolka');
    expect(await listed(res)).toContain('Ekbackens skola');
  });
});

describe('registering an account', () => {
  it('derives platform and handle from a pasted address and shows the new account', async () => {
    const res = await communicator.post(
      '/accounts',
      newAccountForm({
        url: 'https://www.instagram.com/ekbackensskola/?hl=sv',
        displayName: 'Ekbackens skola på Instagram',
      }),
    );
    expect(res.status).toBe(303);
    const row = await t.db
      .selectFrom('accounts')
      .selectAll()
      .where('display_name', '=', 'Ekbackens skola på Instagram')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      platform: 'instagram',
      handle: 'ekbackensskola',
      status: 'active',
    });
    expect(res.headers.get('location')).toBe(`/accounts/${row.id}`);
    const page = await (await communicator.get(`/accounts/${row.id}`)).text();
    expect(page).toContain('Kontot Ekbackens skola på Instagram är registrerat.');
    expect(page).toContain('Exempelstads kommun › Utbildningsförvaltningen › Ekbackens skola');
    expect(page).toContain(`<a href="${row.url}" rel="noopener noreferrer external">`);
    expect(row.url).toMatch(/^https:\/\/(www\.)?instagram\.com\/ekbackensskola\/?$/);
    expect(page).toContain('Öppna kontot på Instagram');
  });

  it.each(['EkbackensSkola', '@ekbackensskola'])(
    'refuses the same account again (%s) with a link to the one registered, writing nothing',
    async (handle) => {
      const [accounts, events] = [await countOf('accounts'), await countOf('audit_events')];
      const res = await communicator.post(
        '/accounts',
        newAccountForm({ platform: 'instagram', handle, displayName: 'Dubblett' }),
      );
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain('Kontot finns redan i förteckningen.');
      expect(html).toMatch(/<a href="\/accounts\/\d+">Gå till Ekbackens skola på Instagram<\/a>/);
      expect(html).toContain('value="Dubblett"');
      expect(await countOf('accounts')).toBe(accounts);
      expect(await countOf('audit_events')).toBe(events);
    },
  );

  it('refuses a teaching account without an end date, in the person’s language', async () => {
    const form = newAccountForm({
      platform: 'tiktok',
      handle: 'klass7b',
      displayName: 'Klass 7B',
      type: 'teaching',
    });
    const sv = await communicator.post('/accounts', form);
    expect(sv.status).toBe(400);
    const html = await sv.text();
    expect(html).toContain('Utbildnings- och kampanjkonton måste ha ett slutdatum.');
    expect(html).toContain('href="#f-endDate"');
    expect(html).toContain('value="Klass 7B"');
    const english = await t.signedIn('en@exempel.se');
    const en = await english.post('/accounts', form);
    expect(await en.text()).toContain('Teaching and campaign accounts must have an end date.');
  });

  it('preselects the unit given in the address', async () => {
    const html = await (await communicator.get(`/accounts/new?unit=${ostra.id}`)).text();
    expect(html).toMatch(new RegExp(`<option value="${ostra.id}" selected="">`));
  });
});

describe('an account outside the communicator’s administration', () => {
  it('cannot be read, opened for editing or changed', async () => {
    for (const path of [`/accounts/${library.id}`, `/accounts/${library.id}/edit`])
      expect([path, (await communicator.get(path)).status]).toEqual([path, 403]);
    const events = await countOf('audit_events');
    const edit = await communicator.post(`/accounts/${library.id}`, {
      ...accountFormValues(library),
      notes: 'kapat',
    });
    expect(edit.status).toBe(403);
    const status = await communicator.post(`/accounts/${library.id}/status`, {
      status: 'closed',
      reason: 'kapat',
    });
    expect(status.status).toBe(403);
    const create = await communicator.post(
      '/accounts',
      newAccountForm({
        platform: 'x',
        handle: 'kapat',
        displayName: 'Kapat',
        unitId: String(org.library.id),
      }),
    );
    expect(create.status).toBe(403);
    expect(await countOf('audit_events')).toBe(events);
  });

  it('answers 404 for an account that does not exist', async () => {
    expect((await communicator.get('/accounts/999999')).status).toBe(404);
    expect((await communicator.get('/accounts/abc')).status).toBe(404);
  });
});

describe('changing an account', () => {
  it('writes only the changed fields to the history and the audit trail', async () => {
    const form = await (await communicator.get(`/accounts/${ekbackenFb.id}/edit`)).text();
    expect(form).toContain(`name="version" value="${ekbackenFb.version}"`);
    const lastBefore = await lastHistoryId();
    const res = await communicator.post(`/accounts/${ekbackenFb.id}`, {
      ...accountFormValues(ekbackenFb),
      notes: 'Sköts av skolans kommunikatör.',
      lastActivityOn: '2026-11-20',
    });
    expect(res.status).toBe(303);
    const rows = await t.db
      .selectFrom('account_history')
      .select(['field', 'old_value', 'new_value'])
      .where('id', '>', lastBefore)
      .orderBy('field')
      .execute();
    expect(rows).toEqual([
      { field: 'lastActivityOn', old_value: null, new_value: '2026-11-20' },
      { field: 'notes', old_value: null, new_value: 'Sköts av skolans kommunikatör.' },
    ]);
    const event = await t.db
      .selectFrom('audit_events')
      .select(['action', 'object_id'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ action: 'account.update', object_id: String(ekbackenFb.id) });
    const page = await (await communicator.get(`/accounts/${ekbackenFb.id}`)).text();
    expect(page).toContain('Ändringarna i Ekbackens skola är sparade.');
    expect(page).toContain('<td>Anteckningar</td>');
    expect(page).toContain('20 nov. 2026');
  });

  it('refuses a change made to a version someone else has changed since, writing nothing', async () => {
    const history = await countOf('account_history');
    const res = await communicator.post(`/accounts/${ekbackenFb.id}`, {
      ...accountFormValues(ekbackenFb),
      notes: 'Gammal version',
    });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Någon annan har ändrat posten sedan du öppnade den.');
    expect(html).toContain('Gammal version');
    expect(await countOf('account_history')).toBe(history);
  });

  it('takes the handle from a newly pasted address when the handle was left as it stood', async () => {
    const { account } = await getAccountWithUnitPath(t.db, ekbackenFb.id);
    const res = await communicator.post(`/accounts/${ekbackenFb.id}`, {
      ...accountFormValues(account),
      url: 'https://www.facebook.com/ekbackennya/',
    });
    expect(res.status).toBe(303);
    const row = await t.db
      .selectFrom('accounts')
      .select(['platform', 'handle'])
      .where('id', '=', ekbackenFb.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ platform: 'facebook', handle: 'ekbackennya' });
  });

  it('changes the status with its date and reason, and shows who did it in the history', async () => {
    const path = `/accounts/${ostraGymnasiet.id}/status`;
    const missing = await communicator.post(path, {
      status: 'private',
      reason: '',
      effectiveOn: '',
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Fyll i fältet.');
    const future = await communicator.post(path, {
      status: 'private',
      reason: 'Kampanjen är slut',
      effectiveOn: '2026-12-01',
    });
    expect(future.status).toBe(400);
    const futureHtml = await future.text();
    expect(futureHtml).toContain('Datumet får inte ligga i framtiden.');
    expect(futureHtml).toContain('Kampanjen är slut');

    const res = await communicator.post(path, {
      status: 'private',
      reason: 'Kampanjen är slut',
      effectiveOn: '2026-11-01',
    });
    expect(res.status).toBe(303);
    const row = await t.db
      .selectFrom('account_history')
      .select(['old_value', 'new_value', 'reason', 'effective_on'])
      .where('account_id', '=', ostraGymnasiet.id)
      .where('field', '=', 'status')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      old_value: 'inactive',
      new_value: 'private',
      reason: 'Kampanjen är slut',
      effective_on: '2026-11-01',
    });
    const page = await (await communicator.get(`/accounts/${ostraGymnasiet.id}`)).text();
    expect(page).toContain('Status för Östra gymnasiet är ändrad.');
    expect(page).toContain('<span class="badge s-private">Privat/låst</span> sedan 1 nov. 2026');
    expect(page).toContain('Gäller från 1 nov. 2026');
    expect(page).toMatch(/<td>Karin Kommunikatör<\/td><td>Status<\/td><td class="value">Inaktivt/);
  });
});
