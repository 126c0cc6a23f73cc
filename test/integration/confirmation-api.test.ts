import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { auditRows, countRows } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import type { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 2026-09-01 in Stockholm.
const { t, org } = useTestOrganisation({ at: '2026-09-01T08:00:00Z' });
let admin: ApiClient;
let owner: Actor;
let ownerApi: ApiClient;
let managerApi: ApiClient;
let school: Account;
let library: Account;
let roundId: number;

beforeAll(async () => {
  admin = await t.api(org.admin);
  owner = await makeUser(t.db, t.clock, [], { name: 'Olle Ägare' });
  ownerApi = await t.api(owner);
  managerApi = await t.api(await makeUser(t.db, t.clock, [['manager', org.school]]));
  school = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Skolan' });
  library = await makeAccount(t.db, t.clock, org.admin, org.library, { displayName: 'Boken' });
  await addAccountPerson(t.db, t.clock, school.id, owner.userId, 'owner');
});

describe('confirmation rounds through the API', () => {
  it('opens a round and answers it with its progress per unit', async () => {
    const res = await admin.post('/confirmation-rounds', {
      title: 'Bekräftelse 2026',
      year: 2026,
      unitId: org.root.id,
      closesOn: '2026-10-01',
    });
    expect(res.status).toBe(201);
    roundId = res.json.id;
    expect(res.json).toMatchObject({
      title: 'Bekräftelse 2026',
      year: 2026,
      unitId: org.root.id,
      opensOn: '2026-09-01',
      closesOn: '2026-10-01',
      status: 'open',
      scheduled: false,
      counts: { total: 2, confirmed: 0, unanswered: 2 },
      report: null,
    });
    expect(res.json.units.map((u: { label: string }) => u.label)).toEqual([
      'Kulturförvaltningen › Biblioteket',
      'Utbildningsförvaltningen › Ekbackens skola',
    ]);
  });

  it('explains what is wrong with a round, and refuses an overlapping one', async () => {
    const bad = await admin.post('/confirmation-rounds', {
      title: '',
      year: 1999,
      unitId: 'x',
      closesOn: '2026-09-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields.map((f: { path: string[] }) => f.path[0]).sort()).toEqual([
      'title',
      'unitId',
      'year',
    ]);
    const past = await admin.post('/confirmation-rounds', {
      title: 'För sent',
      year: 2026,
      unitId: org.culture.id,
      closesOn: '2026-09-01',
    });
    expect(past.status).toBe(400);
    expect(past.json.error.fields.map((f: { message: string }) => f.message)).toEqual([
      'Sista dag att svara måste vara efter i dag (2026-09-01).',
      expect.stringContaining('Omgången ”Bekräftelse 2026” (Exempelstads kommun) är redan öppen'),
    ]);
    const overlap = await admin.post('/confirmation-rounds', {
      title: 'Kultur',
      year: 2026,
      unitId: org.culture.id,
      closesOn: '2026-09-30',
    });
    expect(overlap.status).toBe(409);
    expect(overlap.json.error.code).toBe('conflict');
    expect(await countRows(t.db, 'confirmation_rounds')).toBe(1);
    expect(
      (
        await managerApi.post('/confirmation-rounds', {
          title: 'X',
          year: 2026,
          unitId: org.school.id,
          closesOn: '2026-09-30',
        })
      ).status,
    ).toBe(403);
  });

  it('lists the rounds, filtered by year and status', async () => {
    const all = await admin.get('/confirmation-rounds');
    expect(all.status).toBe(200);
    expect(all.json).toMatchObject({ page: 1, pageSize: 50, total: 1 });
    expect(all.json.items[0]).toMatchObject({ id: roundId, counts: { total: 2 } });
    expect((await admin.get('/confirmation-rounds?year=2025')).json.total).toBe(0);
    expect((await admin.get('/confirmation-rounds?status=closed')).json.total).toBe(0);
    expect((await admin.get('/confirmation-rounds?status=maybe')).status).toBe(400);
    const mine = await managerApi.get(`/confirmation-rounds/${roundId}`);
    expect(mine.status).toBe(200);
    expect(mine.json.units.map((u: { unitId: number }) => u.unitId)).toEqual([org.ekbacken.id]);
    expect(mine.json.counts.total).toBe(1);
    expect((await admin.get('/confirmation-rounds/99999')).status).toBe(404);
  });

  it('confirms an account as it is for its owner, and answers its round item', async () => {
    const res = await ownerApi.post(`/accounts/${school.id}/confirm`, undefined);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ accountId: school.id, confirmedOn: '2026-09-01', answered: 1 });
    const again = await ownerApi.post(`/accounts/${school.id}/confirm`, undefined);
    expect(again.json).toEqual({ accountId: school.id, confirmedOn: '2026-09-01', answered: 0 });
    expect(await auditRows(t.db, 'account.confirm', school.id)).toHaveLength(1);
    expect((await ownerApi.post(`/accounts/${library.id}/confirm`, undefined)).status).toBe(403);
    expect((await admin.post('/accounts/99999/confirm', undefined)).status).toBe(404);
    const round = await admin.get(`/confirmation-rounds/${roundId}`);
    expect(round.json.counts).toMatchObject({ confirmed: 1, unanswered: 1 });
  });

  it('refuses to confirm a closed account with 409', async () => {
    await admin.call('POST', `/accounts/${library.id}/status`, {
      status: 'closed',
      reason: 'Nedlagt',
    });
    const res = await admin.post(`/accounts/${library.id}/confirm`, undefined);
    expect(res.status).toBe(409);
    expect(res.json.error.fields[0].message).toBe(
      'Kontot är redan nedlagt eller borta och kan inte bekräftas.',
    );
  });

  it('describes every operation in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    for (const path of [
      '/confirmation-rounds',
      '/confirmation-rounds/{id}',
      '/accounts/{id}/confirm',
      '/reports/yearly',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    expect(doc.paths['/confirmation-rounds']!.post).toBeTruthy();
    expect(doc.paths['/reports/yearly']!.get!.parameters!.map((p) => p.name)).toEqual([
      'year',
      'unit',
    ]);
  });
});
