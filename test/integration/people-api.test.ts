import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { auditRows, countRows } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import type { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let api: ApiClient;
let readerApi: ApiClient;
let outsiderApi: ApiClient;
let anna: Actor;
let bo: Actor;
let account: Account;

beforeAll(async () => {
  anna = await makeUser(t.db, t.clock, [], { name: 'Anna Andersson' });
  bo = await makeUser(t.db, t.clock, [], { name: 'Bo Berg' });
  const manager = await makeUser(t.db, t.clock, [['manager', org.school]]);
  const reader = await makeUser(t.db, t.clock, [['reader', org.school]]);
  const outsider = await makeUser(t.db, t.clock, [['manager', org.culture]]);
  account = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    credentialsLocation: 'password_manager',
  });
  api = await t.api(manager);
  readerApi = await t.api(reader);
  outsiderApi = await t.api(outsider);
});

const put = (client: ApiClient, body: unknown) =>
  client.call('PUT', `/accounts/${account.id}/people`, body);

describe('the people of an account through the API', () => {
  it('replaces and reads the whole set, with an audit row', async () => {
    const res = await put(api, {
      ownerUserId: anna.userId,
      deputyUserIds: [bo.userId],
      externals: [{ name: 'Dan Byrå', email: 'dan@byran.se', organisation: 'Byrån AB' }],
    });
    expect(res.status).toBe(200);
    expect(res.json.owner.name).toBe('Anna Andersson');
    expect(res.json.deputies.map((d: { name: string }) => d.name)).toEqual(['Bo Berg']);
    expect(res.json.externals[0]).toMatchObject({ name: 'Dan Byrå', email: 'dan@byran.se' });
    expect(res.json).toMatchObject({ counted: 2, minPeople: 2 });
    const read = await readerApi.get(`/accounts/${account.id}/people`);
    expect(read.status).toBe(200);
    expect(read.json.owner.userId).toBe(anna.userId);
    expect((await auditRows(t.db, 'account.people.change', account.id)).length).toBe(1);
    expect((await readerApi.get(`/accounts/${account.id}/gaps`)).json.items).toEqual([]);
  });

  it('refuses a person twice, an external contact without name or with a bad e-mail', async () => {
    const before = await countRows(t.db, 'account_people');
    const res = await put(api, {
      ownerUserId: anna.userId,
      deputyUserIds: [anna.userId],
      externals: [{ name: '', email: 'nope' }],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    const paths = res.json.error.fields.map((f: { path: unknown[] }) => f.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['deputyUserIds.0', 'externals.0.name', 'externals.0.email']),
    );
    const unknownUser = await put(api, { ownerUserId: 999_999 });
    expect(unknownUser.status).toBe(400);
    expect(unknownUser.json.error.fields[0].message).toBe('Välj en aktiv användare.');
    expect(await countRows(t.db, 'account_people')).toBe(before);
  });

  it('refuses a reader and a manager of another unit', async () => {
    expect((await put(readerApi, { ownerUserId: bo.userId })).status).toBe(403);
    expect((await put(outsiderApi, { ownerUserId: bo.userId })).status).toBe(403);
    expect((await outsiderApi.get(`/accounts/${account.id}/people`)).status).toBe(403);
    expect((await outsiderApi.get(`/accounts/${account.id}/gaps`)).status).toBe(403);
    expect((await api.get('/accounts/999999/people')).status).toBe(404);
  });
});

describe('platform access through the API', () => {
  it('adds, lists, confirms, changes and removes access', async () => {
    const path = `/accounts/${account.id}/platform-access`;
    const missing = await api.post(path, { platformRole: 'admin' });
    expect(missing.status).toBe(400);
    expect(missing.json.error.fields[0].path).toEqual(['userId']);
    const both = await api.post(path, {
      userId: anna.userId,
      personName: 'Någon',
      platformRole: 'admin',
    });
    expect(both.status).toBe(400);

    const added = await api.post(path, {
      personName: 'Byrån AB',
      platformRole: 'editor',
      confirmedOn: '2025-01-01',
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ name: 'Byrån AB', userId: null, confirmedOn: '2025-01-01' });
    const id = added.json.id;
    const listed = await readerApi.get(path);
    expect(listed.json.items).toHaveLength(1);

    const confirmed = await api.patch(`${path}/${id}`, { confirmToday: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.confirmedOn).toBe('2026-03-10');
    expect((await auditRows(t.db, 'account.access.confirm', account.id)).length).toBe(1);

    const changed = await api.patch(`${path}/${id}`, { userId: bo.userId, platformRole: 'admin' });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ name: 'Bo Berg', personName: '', platformRole: 'admin' });
    expect((await api.patch(`${path}/${id}`, { platformRole: 'owner' })).status).toBe(400);
    expect((await readerApi.patch(`${path}/${id}`, { note: 'x' })).status).toBe(403);

    const removed = await api.call('DELETE', `${path}/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.json.name).toBe('Bo Berg');
    expect((await api.call('DELETE', `${path}/${id}`)).status).toBe(404);
    expect((await api.get(path)).json.items).toEqual([]);
  });

  it('lists the new operations in the OpenAPI document', async () => {
    const res = await api.get('/openapi.json');
    const paths = Object.keys(res.json.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/accounts/{id}/people',
        '/accounts/{id}/gaps',
        '/accounts/{id}/platform-access',
        '/accounts/{id}/platform-access/{accessId}',
        '/units/{id}/overview',
      ]),
    );
  });
});
