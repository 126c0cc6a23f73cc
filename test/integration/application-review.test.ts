import { beforeAll, describe, expect, it } from 'vitest';
import { setApplicationPolicy } from '../../src/applications/set-application-policy.js';
import { DEFAULT_APPLICATION_POLICY } from '../../src/applications/application-policy.js';
import { effectiveStepRole, nearestReviewers } from '../../src/applications/reviewers.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Unit } from '../../src/units/unit.js';
import { makeApplication, makeSubmittedApplication } from '../support/application-factories.js';
import { auditRows, countRows } from '../support/checks.js';
import { makeUnit, makeUser } from '../support/factories.js';
import type { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// 10 March: the school year ends on 30 June.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let lena: Actor;
let rektor: Actor;
let kurt: Actor;
let deputy: Actor;
let museum: Unit;
let lenaApi: ApiClient;
let rektorApi: ApiClient;
let kurtApi: ApiClient;
let adminApi: ApiClient;
let strangerApi: ApiClient;

beforeAll(async () => {
  lena = await makeUser(t.db, t.clock, [], { name: 'Lena Lärare' });
  deputy = await makeUser(t.db, t.clock, [], { name: 'Dag Ersättare' });
  rektor = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], { name: 'Per Rektor' });
  kurt = await makeUser(t.db, t.clock, [['manager', org.library]], { name: 'Kurt Bibliotekschef' });
  const stranger = await makeUser(t.db, t.clock, [], { name: 'Sven Utomstående' });
  museum = await makeUnit(t.db, t.clock, org.culture, 'Museet');
  lenaApi = await t.api(lena);
  rektorApi = await t.api(rektor);
  kurtApi = await t.api(kurt);
  adminApi = await t.api(org.admin);
  strangerApi = await t.api(stranger);
});

const decide = (client: ApiClient, id: number, body: object) =>
  client.post(`/applications/${id}/decisions`, body);
const submitted = (unit = org.ekbacken, input = {}) =>
  makeSubmittedApplication(t.db, t.clock, lena, unit, { deputyUserIds: [deputy.userId], ...input });

describe('the approval steps', () => {
  it('approves through every step: the unit manager, then the communications unit', async () => {
    const app = await submitted();
    expect(app).toMatchObject({ currentStep: 0, currentStepRole: 'manager', revision: 1 });
    const first = await decide(rektorApi, app.id, { decision: 'approved' });
    expect(first.status).toBe(201);
    expect(first.json.application).toMatchObject({
      status: 'submitted',
      currentStep: 1,
      currentStepRole: 'admin',
      accountId: null,
    });
    expect(first.json.event).toMatchObject({ kind: 'approved', step: 0, stepRole: 'manager' });
    const last = await decide(adminApi, app.id, { decision: 'approved', text: 'Välkommen' });
    expect(last.status).toBe(201);
    expect(last.json.application.status).toBe('approved');
    expect(last.json.application.accountId).toEqual(expect.any(Number));
    expect(last.json.application.decisionReason).toBe('Välkommen');
    expect(last.json.application.stepList.map((s: { state: string }) => s.state)).toEqual([
      'done',
      'done',
    ]);
    expect(last.json.application.stepList[0].by.name).toBe('Per Rektor');
    expect(last.json.application.account.status).toBe('applied');
    expect((await auditRows(t.db, 'application.decide', app.id)).length).toBe(2);
  });

  it('rejects only with a reason', async () => {
    const app = await submitted();
    const bare = await decide(rektorApi, app.id, { decision: 'rejected' });
    expect(bare.status).toBe(400);
    expect(bare.json.error.fields[0]).toMatchObject({
      path: ['text'],
      message: 'Skriv en motivering eller kommentar.',
    });
    const res = await decide(rektorApi, app.id, { decision: 'rejected', text: 'Finns redan' });
    expect(res.status).toBe(201);
    expect(res.json.application).toMatchObject({
      status: 'rejected',
      decisionReason: 'Finns redan',
      decidedBy: rektor.userId,
      accountId: null,
    });
    expect(res.json.application.stepList[0].state).toBe('rejected');
  });

  it('asks for changes; the edited application resumes at the same step as revision 2', async () => {
    const app = await submitted();
    await decide(rektorApi, app.id, { decision: 'approved' });
    const asked = await decide(adminApi, app.id, {
      decision: 'changes_requested',
      text: 'Beskriv målgruppen närmare',
    });
    expect(asked.status).toBe(201);
    expect(asked.json.application).toMatchObject({ status: 'changes_requested', currentStep: 1 });
    const read = await lenaApi.get(`/applications/${app.id}`);
    expect(read.json.may).toMatchObject({ edit: true, submit: true, decide: false });
    const edited = await lenaApi.patch(`/applications/${app.id}`, {
      audience: 'Föräldrar till elever i årskurs 4–6',
      version: read.json.version,
    });
    expect(edited.status).toBe(200);
    const again = await lenaApi.post(`/applications/${app.id}/submit`, {
      version: edited.json.version,
      note: 'Målgruppen är nu beskriven',
    });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({
      status: 'submitted',
      currentStep: 1,
      currentStepRole: 'admin',
      revision: 2,
    });
    expect(again.json.events.at(-1)).toMatchObject({
      kind: 'resubmitted',
      revision: 2,
      text: 'Målgruppen är nu beskriven',
    });
    // The manager's approval stands: only the communications unit decides again.
    expect((await decide(rektorApi, app.id, { decision: 'approved' })).status).toBe(403);
    const done = await decide(adminApi, app.id, { decision: 'approved' });
    expect(done.json.application.status).toBe('approved');
  });

  it('takes comments from reviewers and the applicant without changing the application', async () => {
    const app = await submitted();
    const fromReviewer = await decide(rektorApi, app.id, {
      decision: 'comment',
      text: 'Vem modererar på loven?',
    });
    expect(fromReviewer.status).toBe(201);
    expect(fromReviewer.json.application).toMatchObject({
      status: 'submitted',
      version: app.version,
    });
    const reply = await decide(lenaApi, app.id, { decision: 'comment', text: 'Dag tar loven.' });
    expect(reply.status).toBe(201);
    expect((await decide(strangerApi, app.id, { decision: 'comment', text: 'Hej' })).status).toBe(
      403,
    );
    expect((await decide(rektorApi, app.id, { decision: 'comment' })).status).toBe(400);
    const events = (await lenaApi.get(`/applications/${app.id}`)).json.events;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'submitted',
      'comment',
      'comment',
    ]);
    expect(events[2].actor.name).toBe('Per Rektor');
  });
});

describe('an application sent back for changes', () => {
  it('keeps its type and unit, so that the approvals given stand for what was approved', async () => {
    const app = await submitted();
    await decide(rektorApi, app.id, { decision: 'approved' });
    await decide(adminApi, app.id, { decision: 'changes_requested', text: 'Fler detaljer' });
    const read = await lenaApi.get(`/applications/${app.id}`);
    const moved = await lenaApi.patch(`/applications/${app.id}`, {
      type: 'teaching',
      unitId: museum.id,
      version: read.json.version,
    });
    expect(moved.status).toBe(400);
    expect(moved.json.error.fields.map((f: { path: string[] }) => f.path[0])).toEqual([
      'type',
      'unitId',
    ]);
    const after = await lenaApi.get(`/applications/${app.id}`);
    expect(after.json).toMatchObject({
      type: app.type,
      unitId: app.unitId,
      version: read.json.version,
    });
  });
});

describe('the teaching path', () => {
  it('is approved by the head teacher alone, with the light path’s fields left out', async () => {
    const draft = await lenaApi.post('/applications', {
      type: 'teaching',
      unitId: org.ekbacken.id,
      platform: 'instagram',
      handle: 'klass4b_ekbacken',
      displayName: 'Klass 4B',
      purpose: 'Visa vardagen i klassen för föräldrarna',
      audience: 'Föräldrar',
      identifiablePeople: 'children',
      consentRoutine: 'Skriftligt samtycke från vårdnadshavare varje läsår',
      moderationRoutine: 'Kommentarer är avstängda',
      endDate: '2026-06-30',
      deputyUserIds: [deputy.userId],
    });
    expect(draft.status).toBe(201);
    const sent = await lenaApi.post(`/applications/${draft.json.id}/submit`, {});
    expect(sent.status).toBe(200);
    expect(sent.json.steps).toEqual(['manager']);
    const res = await decide(rektorApi, draft.json.id, { decision: 'approved' });
    expect(res.json.application.status).toBe('approved');
    expect(res.json.application.account).toMatchObject({
      status: 'applied',
      displayName: 'Klass 4B',
    });
  });

  it('is not approved once its end date has passed, and can be sent back for a new one', async () => {
    const app = await submitted(org.ekbacken, { type: 'campaign', endDate: '2026-04-30' });
    t.clock.set('2026-05-04T09:00:00Z');
    try {
      await decide(rektorApi, app.id, { decision: 'approved' });
      const late = await decide(adminApi, app.id, { decision: 'approved' });
      expect(late.status).toBe(409);
      expect(late.json.error.fields[0]).toMatchObject({
        path: [],
        message:
          'Slutdatumet har redan passerat. Begär komplettering så att den sökande kan ange ett nytt.',
      });
      const after = await lenaApi.get(`/applications/${app.id}`);
      expect(after.json).toMatchObject({ status: 'submitted', accountId: null });
      const back = await decide(adminApi, app.id, {
        decision: 'changes_requested',
        text: 'Ange ett nytt slutdatum',
      });
      expect(back.status).toBe(201);
    } finally {
      t.clock.set('2026-03-10T09:00:00Z');
    }
  });

  it('refuses an end date after the end of the school year', async () => {
    const app = await makeApplication(t.db, t.clock, lena, org.ekbacken, {
      type: 'teaching',
      endDate: '2026-08-15',
      deputyUserIds: [deputy.userId],
    });
    const res = await lenaApi.post(`/applications/${app.id}/submit`, {});
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual([
      {
        path: ['endDate'],
        message: 'Ett undervisningskonto kan gälla längst till läsårets slut, 2026-06-30.',
      },
    ]);
    expect((await lenaApi.get(`/applications/${app.id}`)).json.status).toBe('draft');
  });
});

describe('who decides', () => {
  it('falls back to the communications unit where no manager holds the role', async () => {
    const app = await submitted(museum);
    expect(app.currentStepRole).toBe('admin');
    expect((await decide(kurtApi, app.id, { decision: 'approved' })).status).toBe(403);
    const first = await decide(adminApi, app.id, { decision: 'approved' });
    expect(first.json.application).toMatchObject({ currentStep: 1, currentStepRole: 'admin' });
  });

  it('passes a manager’s own application to the next holder of the role above, or the administrators', async () => {
    const own = await makeSubmittedApplication(t.db, t.clock, rektor, org.ekbacken, {
      deputyUserIds: [deputy.userId],
    });
    expect(own.currentStepRole).toBe('admin');
    const res = await decide(rektorApi, own.id, { decision: 'approved' });
    expect(res.status).toBe(403);
    expect(res.json.error.fields[0].message).toBe('Du kan inte besluta om din egen ansökan.');
  });

  it('refuses a manager of another unit, a manager at the admin step and an admin at the manager step', async () => {
    const app = await submitted();
    expect((await decide(kurtApi, app.id, { decision: 'approved' })).status).toBe(403);
    const adminEarly = await decide(adminApi, app.id, { decision: 'approved' });
    expect(adminEarly.status).toBe(403);
    expect(adminEarly.json.error.fields[0].path).toEqual(['decision']);
    await decide(rektorApi, app.id, { decision: 'approved' });
    expect((await decide(rektorApi, app.id, { decision: 'rejected', text: 'Nej' })).status).toBe(
      403,
    );
    expect((await kurtApi.get(`/applications/${app.id}`)).status).toBe(403);
    expect((await lenaApi.get(`/applications/${app.id}`)).json.currentStep).toBe(1);
  });

  it('refuses the applicant', async () => {
    const app = await submitted();
    const res = await decide(lenaApi, app.id, { decision: 'approved' });
    expect(res.status).toBe(403);
    expect(res.json.error.fields[0].message).toBe('Du kan inte besluta om din egen ansökan.');
  });

  it('refuses a decision on a draft, on a decided application and with a stale version', async () => {
    const draft = await makeApplication(t.db, t.clock, lena, org.ekbacken, {
      deputyUserIds: [deputy.userId],
    });
    const onDraft = await decide(rektorApi, draft.id, { decision: 'approved' });
    expect(onDraft.status).toBe(409);
    expect(onDraft.json.error.fields[0].message).toBe('Ansökan väntar inte på beslut.');
    const app = await submitted();
    const stale = await decide(rektorApi, app.id, {
      decision: 'approved',
      version: app.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('stale_version');
    await decide(rektorApi, app.id, { decision: 'rejected', text: 'Nej' });
    const events = await countRows(t.db, 'application_events');
    expect((await decide(adminApi, app.id, { decision: 'approved' })).status).toBe(409);
    expect(await countRows(t.db, 'application_events')).toBe(events);
  });

  it('keeps the steps an application was sent with when the policy changes', async () => {
    const app = await submitted();
    await setApplicationPolicy(t.db, t.clock, org.admin, {
      ...DEFAULT_APPLICATION_POLICY,
      steps: { ...DEFAULT_APPLICATION_POLICY.steps, official: ['manager'] },
    });
    try {
      const res = await decide(rektorApi, app.id, { decision: 'approved' });
      expect(res.json.application).toMatchObject({ status: 'submitted', currentStepRole: 'admin' });
      const fresh = await submitted();
      expect(fresh.steps).toEqual(['manager']);
      expect((await auditRows(t.db, 'settings.applications', 'applications')).length).toBe(1);
    } finally {
      await setApplicationPolicy(t.db, t.clock, org.admin, DEFAULT_APPLICATION_POLICY);
    }
  });
});

describe('the nearest reviewers', () => {
  it('are the holders of the role at the nearest unit with one, never the applicant', async () => {
    const chief = await makeUser(t.db, t.clock, [['manager', org.school]], { name: 'Stina Chef' });
    const path = org.ekbacken.path;
    expect(await nearestReviewers(t.db, 'manager', path, [])).toEqual([rektor.userId]);
    expect(await nearestReviewers(t.db, 'manager', path, [rektor.userId])).toEqual([chief.userId]);
    expect(await nearestReviewers(t.db, 'communicator', path, [])).toEqual([]);
    expect(await effectiveStepRole(t.db, 'communicator', path, lena.userId)).toBe('admin');
    expect(await effectiveStepRole(t.db, 'admin', path, org.admin.userId)).toBeNull();
    // The head teacher's own application now goes to the manager above, who may decide.
    const own = await makeSubmittedApplication(t.db, t.clock, rektor, org.ekbacken, {
      deputyUserIds: [deputy.userId],
    });
    expect(own.currentStepRole).toBe('manager');
    const chiefApi = await t.api(chief);
    expect((await decide(chiefApi, own.id, { decision: 'approved' })).status).toBe(201);
  });
});
