import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { insertApplicationRow, makeApplication } from '../support/application-factories.js';
import { auditRows, countRows } from '../support/checks.js';
import { makeUser } from '../support/factories.js';
import type { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let lena: Actor;
let emma: Actor;
let deputy: Actor;
let rektor: Actor;
let lenaApi: ApiClient;
let emmaApi: ApiClient;
let deputyApi: ApiClient;
let rektorApi: ApiClient;
let adminApi: ApiClient;
let strangerApi: ApiClient;

beforeAll(async () => {
  lena = await makeUser(t.db, t.clock, [], { name: 'Lena Lärare' });
  emma = await makeUser(t.db, t.clock, [], { name: 'Emma English', locale: 'en' });
  deputy = await makeUser(t.db, t.clock, [], { name: 'Dag Ersättare' });
  rektor = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], { name: 'Per Rektor' });
  const stranger = await makeUser(t.db, t.clock, [['reader', org.culture]]);
  lenaApi = await t.api(lena);
  emmaApi = await t.api(emma);
  deputyApi = await t.api(deputy);
  rektorApi = await t.api(rektor);
  adminApi = await t.api(org.admin);
  strangerApi = await t.api(stranger);
});

const fieldsOf = (res: { json: { error: { fields: { path: unknown[]; message: string }[] } } }) =>
  Object.fromEntries(res.json.error.fields.map((f) => [f.path.join('.'), f.message]));

describe('drafts and submitting', () => {
  it('saves a draft with gaps, with the applicant as its owner', async () => {
    const res = await lenaApi.post('/applications', { type: 'official', unitId: org.library.id });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: 'draft',
      type: 'official',
      applicant: { id: lena.userId, name: 'Lena Lärare' },
      people: [{ userId: lena.userId, role: 'owner', name: 'Lena Lärare' }],
      steps: null,
      revision: 0,
      may: { edit: true, submit: true, decide: false, comment: false },
    });
    expect(res.json.unitTrail.map((u: { name: string }) => u.name)).toEqual([
      'Exempelstads kommun',
      'Kulturförvaltningen',
      'Biblioteket',
    ]);
    expect(res.json.stepList.map((s: { role: string }) => s.role)).toEqual(['manager', 'admin']);
  });

  it('names every missing field when submitting, in Swedish and in English', async () => {
    const sv = await lenaApi.post('/applications', { type: 'campaign', unitId: org.library.id });
    const svRes = await lenaApi.post(`/applications/${sv.json.id}/submit`, {});
    expect(svRes.status).toBe(400);
    expect(fieldsOf(svRes)).toEqual({
      platform: 'Fyll i fältet.',
      handle: 'Fyll i fältet.',
      displayName: 'Fyll i fältet.',
      purpose: 'Fyll i fältet.',
      goals: 'Fyll i fältet.',
      audience: 'Fyll i fältet.',
      publishingPlan: 'Fyll i fältet.',
      resourcesHours: 'Fyll i fältet.',
      identifiablePeople: 'Fyll i fältet.',
      moderationRoutine: 'Fyll i fältet.',
      endDate: expect.any(String),
      deputyUserIds: 'Kontot behöver minst 2 personer: en kontoansvarig och ersättare.',
    });
    const en = await emmaApi.post('/applications', {
      type: 'official',
      unitId: org.library.id,
      identifiablePeople: 'children',
      ownerUserId: null,
    });
    const enRes = await emmaApi.post(`/applications/${en.json.id}/submit`, {});
    expect(enRes.status).toBe(400);
    const en400 = fieldsOf(enRes);
    expect(en400).toMatchObject({
      consentRoutine: 'Describe how consent is obtained when identifiable people appear.',
      ownerUserId: 'Choose who will own the account.',
      deputyUserIds: 'The account needs at least 2 people: an owner and deputies.',
    });
    expect(en400.endDate).toBeUndefined();
    expect(en400.identifiablePeople).toBeUndefined();
    expect((await emmaApi.get(`/applications/${en.json.id}`)).json.status).toBe('draft');
  });

  it('refuses too few people, a person twice and someone who is no user', async () => {
    const app = await makeApplication(t.db, t.clock, lena, org.ekbacken, { deputyUserIds: [] });
    const few = await lenaApi.post(`/applications/${app.id}/submit`, {});
    expect(few.status).toBe(400);
    expect(Object.keys(fieldsOf(few))).toEqual(['deputyUserIds']);
    const twice = await lenaApi.patch(`/applications/${app.id}`, {
      deputyUserIds: [deputy.userId, deputy.userId],
    });
    expect(twice.status).toBe(400);
    expect(fieldsOf(twice)).toEqual({
      'deputyUserIds.1': 'Personen finns redan bland de ansvariga.',
    });
    const unknown = await lenaApi.patch(`/applications/${app.id}`, { deputyUserIds: [999_999] });
    expect(fieldsOf(unknown)).toEqual({ 'deputyUserIds.0': 'Välj en aktiv användare.' });
    const noUnit = await lenaApi.post('/applications', { type: 'official', unitId: 999_999 });
    expect(fieldsOf(noUnit)).toEqual({ unitId: 'Välj en enhet.' });
    const ok = await lenaApi.patch(`/applications/${app.id}`, { deputyUserIds: [deputy.userId] });
    expect(ok.status).toBe(200);
    expect((await lenaApi.post(`/applications/${app.id}/submit`, {})).status).toBe(200);
  });

  it('lets only the applicant change a draft, and nobody change a submitted one', async () => {
    const app = await makeApplication(t.db, t.clock, lena, org.ekbacken, {
      deputyUserIds: [deputy.userId],
    });
    expect((await rektorApi.patch(`/applications/${app.id}`, { purpose: 'x' })).status).toBe(403);
    expect((await deputyApi.post(`/applications/${app.id}/submit`, {})).status).toBe(403);
    const stale = await lenaApi.patch(`/applications/${app.id}`, { purpose: 'x', version: 99 });
    expect(stale.json.error.code).toBe('stale_version');
    await lenaApi.post(`/applications/${app.id}/submit`, {});
    const late = await lenaApi.patch(`/applications/${app.id}`, { purpose: 'Nytt syfte' });
    expect(late.status).toBe(409);
    expect(late.json.error.fields[0].message).toBe(
      'Ansökan kan bara ändras som utkast eller när komplettering har begärts.',
    );
    expect((await lenaApi.post(`/applications/${app.id}/submit`, {})).status).toBe(409);
  });

  it('keeps events and audit rows of each change', async () => {
    const created = await lenaApi.post('/applications', {
      type: 'official',
      unitId: org.ekbacken.id,
    });
    const id = created.json.id;
    await lenaApi.patch(`/applications/${id}`, {
      ...withoutType(await makeInputLike()),
      deputyUserIds: [deputy.userId],
    });
    await lenaApi.post(`/applications/${id}/submit`, { note: 'Tack!' });
    const read = await lenaApi.get(`/applications/${id}`);
    expect(read.json.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'submitted']);
    expect(read.json.events[1]).toMatchObject({ text: 'Tack!', step: 0, stepRole: 'manager' });
    expect((await auditRows(t.db, 'application.create', id)).length).toBe(1);
    const [update] = await auditRows(t.db, 'application.update', id);
    expect(JSON.parse(update!.before_json!)).toMatchObject({ purpose: '', deputyUserIds: [] });
    expect(JSON.parse(update!.after_json!)).toMatchObject({
      purpose: 'Berätta om biblioteket',
      deputyUserIds: [deputy.userId],
    });
    const [submit] = await auditRows(t.db, 'application.submit', id);
    expect(JSON.parse(submit!.after_json!)).toMatchObject({ status: 'submitted', revision: 1 });
  });
});

async function makeInputLike() {
  return {
    type: 'official',
    platform: 'facebook',
    handle: 'ekbackensbibliotek',
    displayName: 'Ekbackens bibliotek',
    purpose: 'Berätta om biblioteket',
    goals: 'Fler lånare',
    audience: 'Elever',
    publishingPlan: 'Ett inlägg i veckan',
    resourcesHours: 2,
    identifiablePeople: 'none',
    moderationRoutine: 'Varje dag',
  };
}
const withoutType = ({ type, ...rest }: { type: string } & Record<string, unknown>) => {
  void type;
  return rest;
};

describe('the lists', () => {
  let ids: Record<string, number>;
  beforeAll(async () => {
    const row = (props: Partial<Parameters<typeof insertApplicationRow>[2]>) =>
      insertApplicationRow(t.db, t.clock, {
        unitId: org.ekbacken.id,
        applicantUserId: lena.userId,
        ...props,
      });
    ids = {
      waiting1: await row({ displayName: 'Listan Ett', steps: ['manager'] }),
      waiting2: await row({ displayName: 'Listan Två', type: 'teaching', steps: ['manager'] }),
      atAdmin: await row({ displayName: 'Listan Tre', currentStep: 1, currentStepRole: 'admin' }),
      rejected: await row({ displayName: 'Listan Fyra', status: 'rejected' }),
      library: await row({ displayName: 'Listan Fem', unitId: org.library.id }),
      draft: await row({ displayName: 'Listan Sex', status: 'draft' }),
      deputyOf: await row({
        displayName: 'Listan Sju',
        applicantUserId: rektor.userId,
        deputyUserIds: [deputy.userId],
        currentStepRole: 'admin',
      }),
    };
  });
  const names = (res: { json: { items: { displayName: string }[] } }) =>
    res.json.items.map((i) => i.displayName).filter((n) => n.startsWith('Listan'));

  it('shows mine, waiting for me and all, each with counts per status', async () => {
    const waiting = await rektorApi.get('/applications?view=waiting&q=listan');
    expect(waiting.status).toBe(200);
    // Oldest step first; not the one at the admin step, not the library's, not their own.
    expect(names(waiting)).toEqual(['Listan Ett', 'Listan Två']);
    expect(waiting.json.counts).toMatchObject({ submitted: 2, draft: 0, rejected: 0 });
    const mine = await deputyApi.get('/applications?view=mine');
    expect(names(mine)).toEqual(['Listan Sju']);
    const all = await adminApi.get('/applications?view=all&q=listan');
    // Someone else's draft stays theirs.
    expect(names(all)).toHaveLength(6);
    expect(all.json.counts).toMatchObject({ submitted: 5, rejected: 1, draft: 0 });
    const adminWaiting = await adminApi.get('/applications?view=waiting&q=listan');
    expect(names(adminWaiting)).toEqual(['Listan Tre', 'Listan Sju']);
    expect((await strangerApi.get('/applications?view=all')).status).toBe(403);
    expect((await lenaApi.get('/applications?view=all')).status).toBe(403);
  });

  it('filters by status, unit and type, and pages', async () => {
    const byStatus = await adminApi.get('/applications?view=all&q=listan&status=rejected');
    expect(names(byStatus)).toEqual(['Listan Fyra']);
    expect(byStatus.json.total).toBe(1);
    const byUnit = await adminApi.get(`/applications?view=all&q=listan&unit=${org.culture.id}`);
    expect(names(byUnit)).toEqual(['Listan Fem']);
    const byType = await adminApi.get('/applications?view=all&q=listan&type=teaching');
    expect(names(byType)).toEqual(['Listan Två']);
    const page1 = await adminApi.get('/applications?view=all&q=listan&pageSize=4');
    const page2 = await adminApi.get('/applications?view=all&q=listan&pageSize=4&page=2');
    expect(page1.json).toMatchObject({ total: 6, page: 1, pageSize: 4 });
    expect(names(page1)).toHaveLength(4);
    expect(names(page2)).toHaveLength(2);
    expect(new Set([...names(page1), ...names(page2)]).size).toBe(6);
    expect((await adminApi.get('/applications?view=nope')).status).toBe(400);
  });

  it('lets the applicant, a proposed deputy and reviewers read, and nobody else', async () => {
    expect((await deputyApi.get(`/applications/${ids.deputyOf}`)).status).toBe(200);
    expect((await rektorApi.get(`/applications/${ids.waiting1}`)).status).toBe(200);
    expect((await adminApi.get(`/applications/${ids.library}`)).status).toBe(200);
    expect((await strangerApi.get(`/applications/${ids.waiting1}`)).status).toBe(403);
    expect((await deputyApi.get(`/applications/${ids.waiting1}`)).status).toBe(403);
    // A draft is the applicant's own until it is sent in.
    expect((await lenaApi.get(`/applications/${ids.draft}`)).status).toBe(200);
    expect((await adminApi.get(`/applications/${ids.draft}`)).status).toBe(403);
    expect((await lenaApi.get('/applications/999999')).status).toBe(404);
    expect(await countRows(t.db, 'applications')).toBeGreaterThan(7);
  });
});
