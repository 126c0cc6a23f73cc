import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Unit } from '../../src/units/unit.js';
import { makeAccount, makeUser } from '../support/factories.js';
import type { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation();
let admin: ApiClient;
let owner: Actor;
let ekbacken: Unit;

beforeAll(async () => {
  ekbacken = org.ekbacken;
  admin = await t.api(org.admin);
  owner = await makeUser(t.db, t.clock, [['owner', ekbacken]], { name: 'Olle Ägare' });
});

describe('the accounts API', () => {
  it('registers an account from a pasted URL and answers 201 with the derived identity', async () => {
    const res = await admin.post('/accounts', {
      url: 'https://www.instagram.com/ekbackensskola/?hl=sv',
      displayName: 'Ekbackens skola',
      unitId: ekbacken.id,
      type: 'official',
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      platform: 'instagram',
      handle: 'ekbackensskola',
      url: 'https://instagram.com/ekbackensskola',
      status: 'active',
      version: 1,
    });
  });

  it('refuses a duplicate with 409, the stable code and the existing account', async () => {
    const res = await admin.post('/accounts', {
      platform: 'instagram',
      handle: '@EkbackensSkola',
      displayName: 'Dubblett',
      unitId: ekbacken.id,
      type: 'official',
    });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('duplicate_account');
    expect(res.json.error.details.accountName).toBe('Ekbackens skola');
    expect(res.json.error.fields[0].path).toEqual(['handle']);
  });

  it('answers bad input with 400, every offending field and messages in the requested language', async () => {
    const res = await admin.call(
      'POST',
      '/accounts',
      { displayName: '', unitId: 'x', type: 'teaching' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    const paths = res.json.error.fields.map((f: { path: string[] }) => f.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['displayName', 'unitId']));
    expect(res.json.error.message).toBe('The data could not be saved. Correct the marked fields.');
    const sv = await admin.call('POST', '/accounts', '{not json');
    expect(sv.status).toBe(400);
    expect(sv.json.error.fields[0].message).toBe('Förfrågan ska vara giltig JSON.');
  });

  it('requires an end date for teaching accounts', async () => {
    const res = await admin.post('/accounts', {
      platform: 'tiktok',
      handle: 'klass7b',
      displayName: 'Klass 7B',
      unitId: ekbacken.id,
      type: 'teaching',
    });
    expect(res.status).toBe(400);
    expect(res.json.error.fields[0]).toMatchObject({
      path: ['endDate'],
      message: 'Utbildnings- och kampanjkonton måste ha ett slutdatum.',
    });
  });

  it('patches only the fields sent, guards the version and keeps the history', async () => {
    const account = await makeAccount(t.db, t.clock, org.admin, ekbacken, { displayName: 'Före' });
    const ok = await admin.patch(`/accounts/${account.id}`, { displayName: 'Efter', version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ displayName: 'Efter', version: 2, handle: account.handle });
    const stale = await admin.patch(`/accounts/${account.id}`, {
      displayName: 'Krock',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('stale_version');
    const unknown = await admin.patch(`/accounts/${account.id}`, { colour: 'red' });
    expect(unknown.status).toBe(400);
    const history = await admin.get(`/accounts/${account.id}/history`);
    expect(history.json.items[0]).toMatchObject({
      field: 'displayName',
      oldValue: 'Före',
      newValue: 'Efter',
      changedBy: { name: 'Ada Admin' },
    });
  });

  it('gives a renamed handle its own address', async () => {
    const account = await makeAccount(t.db, t.clock, org.admin, ekbacken, {
      url: 'https://www.facebook.com/gamlanamnet',
      platform: null,
      handle: null,
    });
    const res = await admin.patch(`/accounts/${account.id}`, { handle: 'nyanamnet' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ platform: 'facebook', handle: 'nyanamnet' });
    expect(res.json.url).toMatch(/facebook\.com\/nyanamnet$/);
  });

  it('lets a cleared address be derived again from platform and handle', async () => {
    const account = await makeAccount(t.db, t.clock, org.admin, ekbacken, {
      platform: 'instagram',
      handle: 'rensad',
    });
    const res = await admin.patch(`/accounts/${account.id}`, { url: null });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ platform: 'instagram', handle: 'rensad' });
    expect(res.json.url).toMatch(/instagram\.com\/rensad$/);
  });

  it('changes the status with a reason and date, recorded in the history', async () => {
    const account = await makeAccount(t.db, t.clock, org.admin, ekbacken);
    const res = await admin.post(`/accounts/${account.id}/status`, {
      status: 'private',
      reason: 'Ersätts av kommunens gemensamma konto',
      effectiveOn: '2026-11-20',
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'private', statusChangedOn: '2026-11-20' });
    const history = await admin.get(`/accounts/${account.id}/history`);
    expect(history.json.items[0]).toMatchObject({
      field: 'status',
      oldValue: 'active',
      newValue: 'private',
      reason: 'Ersätts av kommunens gemensamma konto',
      effectiveOn: '2026-11-20',
    });
    const future = await admin.post(`/accounts/${account.id}/status`, {
      status: 'closed',
      reason: 'x',
      effectiveOn: '2027-01-01',
    });
    expect(future.status).toBe(400);
  });

  it('lists with filters, Swedish sorting, paging and counts per status', async () => {
    for (const name of ['Örnens förskola', 'Ängens förskola', 'Zebran', 'Åkerns förskola']) {
      await makeAccount(t.db, t.clock, org.admin, org.library, {
        displayName: name,
        platform: 'facebook',
      });
    }
    const res = await admin.get(
      `/accounts?unit=${org.culture.id}&platform=facebook&sort=name&pageSize=3`,
    );
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(4);
    expect(res.json.items.map((a: { displayName: string }) => a.displayName)).toEqual([
      'Zebran',
      'Åkerns förskola',
      'Ängens förskola',
    ]);
    expect(res.json.statusCounts.active).toBe(4);
    const page2 = await admin.get(
      `/accounts?unit=${org.culture.id}&platform=facebook&sort=name&pageSize=3&page=2`,
    );
    expect(page2.json.items.map((a: { displayName: string }) => a.displayName)).toEqual([
      'Örnens förskola',
    ]);
    const q = await admin.get('/accounts?q=ornens');
    expect(q.json.items.map((a: { displayName: string }) => a.displayName)).toEqual([
      'Örnens förskola',
    ]);
    const bad = await admin.get('/accounts?sort=colour');
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields[0].path).toEqual(['sort']);
  });

  it('finds free text in any part of name, handle or URL, even after a rename', async () => {
    const account = await makeAccount(t.db, t.clock, org.admin, org.library, {
      displayName: 'Sagostunden på Stadsbiblioteket',
      platform: 'youtube',
      handle: 'sagostunden',
    });
    const names = async (q: string) =>
      (await admin.get(`/accounts?q=${encodeURIComponent(q)}`)).json.items.map(
        (a: { displayName: string }) => a.displayName,
      );
    expect(await names('stadsbibliot')).toEqual(['Sagostunden på Stadsbiblioteket']);
    expect(await names('SAGOSTUND')).toContain('Sagostunden på Stadsbiblioteket');
    expect(await names('youtube.com/sago')).toEqual(['Sagostunden på Stadsbiblioteket']);
    expect(await names('på')).toContain('Sagostunden på Stadsbiblioteket');
    for (const odd of ['"', 'a"b', '100%', '_', '*', 'NEAR(', "'; drop table accounts; --"]) {
      const res = await admin.get(`/accounts?q=${encodeURIComponent(odd)}`);
      expect([odd, res.status]).toEqual([odd, 200]);
    }
    await admin.patch(`/accounts/${account.id}`, { displayName: 'Bokcirkeln' });
    expect(await names('sagostunden p')).toEqual([]);
    expect(await names('bokcirk')).toEqual(['Bokcirkeln']);
  });

  it('keeps the counts per status true the moment the register changes', async () => {
    const counts = async () => (await admin.get('/accounts?platform=linkedin')).json.statusCounts;
    expect((await counts()).active).toBe(0);
    const created = await admin.post('/accounts', {
      platform: 'linkedin',
      handle: 'company/exempelstad',
      displayName: 'Exempelstad på LinkedIn',
      unitId: org.library.id,
      type: 'official',
    });
    expect((await counts()).active).toBe(1);
    await admin.post(`/accounts/${created.json.id}/status`, { status: 'private', reason: 'Låst' });
    expect(await counts()).toMatchObject({ active: 0, private: 1 });
    const moved = await admin.get(`/accounts?unit=${org.school.id}&platform=linkedin`);
    expect(moved.json.total).toBe(0);
  });

  it('keeps callers inside their units: 403 outside, invisible in lists', async () => {
    const outside = await makeAccount(t.db, t.clock, org.admin, org.library, {
      displayName: 'Bibblan',
    });
    const api = await t.api(owner);
    expect((await api.get(`/accounts/${outside.id}`)).status).toBe(403);
    expect((await api.patch(`/accounts/${outside.id}`, { notes: 'x' })).status).toBe(403);
    expect((await api.get(`/accounts/${outside.id}/history`)).status).toBe(403);
    const list = await api.get('/accounts?pageSize=500');
    expect(list.json.items.every((a: { unitId: number }) => a.unitId === ekbacken.id)).toBe(true);
    const created = await api.post('/accounts', {
      platform: 'x',
      handle: 'ekbacken',
      displayName: 'Ekbacken på X',
      unitId: ekbacken.id,
      type: 'official',
    });
    expect(created.status).toBe(403);
    expect((await api.get('/accounts/999999')).status).toBe(404);
  });

  it('answers 401 with a JSON error without a valid token', async () => {
    const none = await new (admin.constructor as typeof ApiClient)(t.app, null).get('/accounts');
    expect(none.status).toBe(401);
    expect(none.json.error.code).toBe('unauthenticated');
    const wrong = await new (admin.constructor as typeof ApiClient)(t.app, 'kk_nope').get('/units');
    expect(wrong.status).toBe(401);
  });

  it('writes an audit event in the same transaction as each change', async () => {
    const events = await t.db.selectFrom('audit_events').select(['action']).execute();
    const actions = new Set(events.map((e) => e.action));
    expect(actions).toEqual(
      new Set(['api_token.create', 'account.create', 'account.update', 'account.status']),
    );
  });
});

describe('the units API', () => {
  it('lists the units in tree order and creates one below a parent', async () => {
    const res = await admin.post('/units', {
      name: 'Åbyskolan',
      kind: 'unit',
      parentId: org.school.id,
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      name: 'Åbyskolan',
      parentId: org.school.id,
      depth: 2,
      active: true,
    });
    const list = await admin.get('/units');
    const names = list.json.items.map((u: { name: string }) => u.name);
    expect(names).toEqual([
      'Exempelstads kommun',
      'Kulturförvaltningen',
      'Biblioteket',
      'Utbildningsförvaltningen',
      'Ekbackens skola',
      'Åbyskolan',
    ]);
  });

  it('refuses a unit below one the caller does not administer', async () => {
    const api = await t.api(owner);
    const res = await api.post('/units', { name: 'Ny', kind: 'unit', parentId: org.school.id });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('forbidden');
    const list = await api.get('/units');
    expect(list.json.items.map((u: { name: string }) => u.name)).toEqual(['Ekbackens skola']);
  });
});

describe('the OpenAPI document', () => {
  it('describes every operation from the same schemas, without a token', async () => {
    const res = await t.app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { parameters: { name: string }[]; requestBody?: unknown }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/absences',
      '/absences/{id}',
      '/absences/{id}/covers',
      '/accounts',
      '/accounts/{id}',
      '/accounts/{id}/closure',
      '/accounts/{id}/closure/cancel',
      '/accounts/{id}/closure/steps/{step}',
      '/accounts/{id}/confirm',
      '/accounts/{id}/credentials',
      '/accounts/{id}/credentials/reveal',
      '/accounts/{id}/gaps',
      '/accounts/{id}/history',
      '/accounts/{id}/people',
      '/accounts/{id}/platform-access',
      '/accounts/{id}/platform-access/{accessId}',
      '/accounts/{id}/status',
      '/actions',
      '/applications',
      '/applications/{id}',
      '/applications/{id}/decisions',
      '/applications/{id}/submit',
      '/audit-checklist',
      '/audits',
      '/audits/{id}',
      '/audits/{id}/checks/{accountId}',
      '/audits/{id}/close',
      '/audits/{id}/questions',
      '/audits/{id}/questions/{qid}',
      '/audits/{id}/results',
      '/audits/{id}/sample',
      '/calendar/deadline',
      '/calendar/non-working-days',
      '/calendar/{token}.ics',
      '/closures',
      '/confirmation-rounds',
      '/confirmation-rounds/{id}',
      '/courses',
      '/courses/{id}',
      '/handovers',
      '/handovers/{id}',
      '/mail-log',
      '/reports/yearly',
      '/tasks',
      '/training/completions',
      '/training/completions/{id}',
      '/training/expiring',
      '/units',
      '/units/{id}/overview',
    ]);
    const listParams = doc.paths['/accounts']!.get!.parameters.map((p) => p.name);
    expect(listParams).toEqual([
      'unit',
      'platform',
      'type',
      'status',
      'q',
      'gap',
      'closure',
      'sort',
      'page',
      'pageSize',
    ]);
    expect(doc.paths['/accounts/{id}']!.patch!.requestBody).toBeTruthy();
  });
});
