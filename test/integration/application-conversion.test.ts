import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeApplication, makeSubmittedApplication } from '../support/application-factories.js';
import { auditRows, countRows } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import type { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let lena: Actor;
let dag: Actor;
let eva: Actor;
let rektor: Actor;
let lenaApi: ApiClient;
let rektorApi: ApiClient;
let adminApi: ApiClient;

beforeAll(async () => {
  lena = await makeUser(t.db, t.clock, [], { name: 'Lena Lärare' });
  dag = await makeUser(t.db, t.clock, [], { name: 'Dag Ersättare' });
  eva = await makeUser(t.db, t.clock, [], { name: 'Eva Ersättare' });
  rektor = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], { name: 'Per Rektor' });
  lenaApi = await t.api(lena);
  rektorApi = await t.api(rektor);
  adminApi = await t.api(org.admin);
});

const decide = (client: ApiClient, id: number, body: object) =>
  client.post(`/applications/${id}/decisions`, body);
const HOUR = 3_600_000;

describe('an approved application becomes an account', () => {
  it('carries every field and person over into an applied account without an address', async () => {
    const created = await lenaApi.post('/applications', {
      type: 'campaign',
      unitId: org.ekbacken.id,
      platform: 'facebook',
      handle: '@Ekbacken.Vaxer',
      displayName: 'Ekbacken växer',
      purpose: 'Informera om skolans tillbyggnad',
      goals: 'Färre frågor till expeditionen',
      audience: 'Grannar och föräldrar',
      publishingPlan: 'Varje fredag',
      resourcesHours: 3,
      identifiablePeople: 'adults',
      consentRoutine: 'Muntligt samtycke, antecknat',
      moderationRoutine: 'Dagligen',
      endDate: '2026-12-31',
      notes: 'Kampanjen slutar när bygget är klart',
      ownerUserId: dag.userId,
      deputyUserIds: [lena.userId, eva.userId],
    });
    expect(created.status).toBe(201);
    const id = created.json.id;
    t.clock.advance(HOUR);
    await lenaApi.post(`/applications/${id}/submit`, {});
    t.clock.advance(HOUR);
    await decide(rektorApi, id, { decision: 'approved', text: 'Bra plan' });
    t.clock.advance(HOUR);
    const res = await decide(adminApi, id, { decision: 'approved' });
    expect(res.status).toBe(201);
    const accountId = res.json.application.accountId;

    const account = await adminApi.get(`/accounts/${accountId}`);
    expect(account.json).toMatchObject({
      status: 'applied',
      url: null,
      platform: 'facebook',
      handle: 'Ekbacken.Vaxer',
      displayName: 'Ekbacken växer',
      unitId: org.ekbacken.id,
      type: 'campaign',
      endDate: '2026-12-31',
      purpose: 'Informera om skolans tillbyggnad',
      goals: 'Färre frågor till expeditionen',
      audience: 'Grannar och föräldrar',
      publishingPlan: 'Varje fredag',
      notes: 'Kampanjen slutar när bygget är klart',
    });
    const people = await adminApi.get(`/accounts/${accountId}/people`);
    expect(people.json.owner.userId).toBe(dag.userId);
    expect(people.json.deputies.map((d: { userId: number }) => d.userId).sort()).toEqual(
      [lena.userId, eva.userId].sort(),
    );
  });

  it('starts the account’s history with the application’s events, in order and at their times', async () => {
    const app = await makeApplication(t.db, t.clock, lena, org.ekbacken, {
      deputyUserIds: [dag.userId],
    });
    const createdAt = t.clock.now().toISOString();
    t.clock.advance(HOUR);
    await lenaApi.post(`/applications/${app.id}/submit`, {});
    t.clock.advance(HOUR);
    await decide(rektorApi, app.id, { decision: 'comment', text: 'Vem fotograferar?' });
    await decide(rektorApi, app.id, { decision: 'approved' });
    t.clock.advance(HOUR);
    const approvedAt = t.clock.now().toISOString();
    const res = await decide(adminApi, app.id, { decision: 'approved' });
    const accountId = res.json.application.accountId;

    const history = (await adminApi.get(`/accounts/${accountId}/history`)).json.items.reverse();
    const fromApplication = history.filter((h: { field: string }) =>
      h.field.startsWith('application.'),
    );
    expect(history.slice(0, fromApplication.length)).toEqual(fromApplication);
    expect(fromApplication.map((h: { field: string }) => h.field)).toEqual([
      'application.created',
      'application.submitted',
      'application.comment',
      'application.approved',
      'application.approved',
      'application.converted',
    ]);
    expect(fromApplication.every((h: { newValue: string }) => h.newValue === String(app.id))).toBe(
      true,
    );
    expect(fromApplication[0]).toMatchObject({
      changedAt: createdAt,
      changedBy: { id: lena.userId },
    });
    expect(fromApplication[2]).toMatchObject({
      reason: 'Vem fotograferar?',
      changedBy: { name: 'Per Rektor' },
    });
    expect(fromApplication[4].changedAt).toBe(approvedAt);
    const fields = history.map((h: { field: string }) => h.field);
    expect(fields).toContain('status');
    expect(fields).toContain('people');

    const [convert] = await auditRows(t.db, 'application.convert', app.id);
    expect(JSON.parse(convert!.after_json!)).toMatchObject({
      accountId,
      ownerUserId: lena.userId,
      deputyUserIds: [dag.userId],
    });
    const [create] = await auditRows(t.db, 'account.create', accountId);
    expect(create!.actor_user_id).toBe(org.admin.userId);
    expect(JSON.parse(create!.after_json!)).toMatchObject({ status: 'applied', url: null });
  });
});

describe('duplicates', () => {
  it('refuses to submit an application for an account already in the register', async () => {
    const existing = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
      platform: 'instagram',
      handle: 'finns_redan',
      displayName: 'Finns redan',
    });
    const app = await makeApplication(t.db, t.clock, lena, org.ekbacken, {
      handle: '@Finns_Redan',
      deputyUserIds: [dag.userId],
    });
    const res = await lenaApi.post(`/applications/${app.id}/submit`, {});
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('duplicate_account');
    expect(res.json.error.fields[0].path).toEqual(['handle']);
    // Lena cannot read the account, so it is not named to her.
    expect(res.json.error.details).toBeUndefined();
    const asAdmin = await makeApplication(t.db, t.clock, org.admin, org.ekbacken, {
      handle: 'finns_redan',
      deputyUserIds: [dag.userId],
    });
    const named = await adminApi.post(`/applications/${asAdmin.id}/submit`, {});
    expect(named.json.error.details).toEqual({
      accountId: existing.id,
      accountName: 'Finns redan',
    });
  });

  it('rolls the final approval back when the account was registered meanwhile', async () => {
    const app = await makeSubmittedApplication(t.db, t.clock, lena, org.ekbacken, {
      handle: 'hann_forst',
      deputyUserIds: [dag.userId],
    });
    await decide(rektorApi, app.id, { decision: 'approved' });
    const existing = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
      platform: 'instagram',
      handle: 'hann_forst',
      displayName: 'Hann först',
    });
    const before = {
      accounts: await countRows(t.db, 'accounts'),
      events: await countRows(t.db, 'application_events'),
      history: await countRows(t.db, 'account_history'),
    };
    const res = await decide(adminApi, app.id, { decision: 'approved' });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({
      code: 'duplicate_account',
      details: { accountId: existing.id, accountName: 'Hann först' },
    });
    expect({
      accounts: await countRows(t.db, 'accounts'),
      events: await countRows(t.db, 'application_events'),
      history: await countRows(t.db, 'account_history'),
    }).toEqual(before);
    const read = await lenaApi.get(`/applications/${app.id}`);
    expect(read.json).toMatchObject({ status: 'submitted', currentStep: 1, accountId: null });
    // The reviewer sends it back so that the applicant can choose another handle.
    const asked = await decide(adminApi, app.id, {
      decision: 'changes_requested',
      text: 'Namnet är upptaget',
    });
    expect(asked.status).toBe(201);
  });

  it('refuses a second application under way for the same handle', async () => {
    const first = await makeSubmittedApplication(t.db, t.clock, lena, org.ekbacken, {
      platform: 'tiktok',
      handle: 'ekbacken_dansar',
      deputyUserIds: [dag.userId],
    });
    const second = await makeApplication(t.db, t.clock, rektor, org.ekbacken, {
      platform: 'tiktok',
      handle: '@EKBACKEN_DANSAR',
      deputyUserIds: [dag.userId],
    });
    const res = await rektorApi.post(`/applications/${second.id}/submit`, {});
    expect(res.status).toBe(409);
    expect(res.json.error.fields[0]).toEqual({
      path: ['handle'],
      message: `Det finns redan en pågående ansökan om samma konto (ansökan ${first.id}).`,
    });
    await decide(rektorApi, first.id, { decision: 'rejected', text: 'Inte nu' });
    expect((await rektorApi.post(`/applications/${second.id}/submit`, {})).status).toBe(200);
  });
});
