import { beforeAll, describe, expect, it } from 'vitest';
import { createAction } from '../../src/actions/create-action.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { auditRows, idFromLocation } from '../support/checks.js';
import type { ApiClient, BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let auditor: Actor;
let auditorApi: ApiClient;
let auditorPages: BrowserClient;
let readerApi: ApiClient;
let cultureAuditorApi: ApiClient;
let accountIds: number[];

beforeAll(async () => {
  auditor = await makeUser(t.db, t.clock, [['auditor', org.school]], {
    name: 'Greta Granskare',
    email: 'granskare@exempel.se',
  });
  const reader = await makeUser(t.db, t.clock, [['reader', org.school]], {
    email: 'las@exempel.se',
  });
  const cultureAuditor = await makeUser(t.db, t.clock, [['auditor', org.culture]]);
  auditorApi = await t.api(auditor);
  readerApi = await t.api(reader);
  cultureAuditorApi = await t.api(cultureAuditor);
  auditorPages = await t.signedIn('granskare@exempel.se');
  accountIds = [];
  for (const [i, platform] of ['instagram', 'facebook', 'instagram'].entries())
    accountIds.push(
      (await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { platform, handle: `ek${i}` }))
        .id,
    );
  await makeAccount(t.db, t.clock, org.admin, org.library, { handle: 'biblioteket' });
});

/** Records an answered test question directly, as the question pages would. */
async function recordQuestion(auditId: number, accountId: number) {
  const now = t.clock.now().toISOString();
  await t.db
    .insertInto('audit_questions')
    .values({
      audit_id: auditId,
      account_id: accountId,
      asked_at: '2026-03-02T09:00:00.000Z',
      channel: 'comment',
      question: 'När har biblioteket öppet?',
      answered_at: '2026-03-02T13:00:00.000Z',
      signed: 1,
      not_possible: 0,
      not_possible_reason: '',
      note: '',
      created_at: now,
      updated_at: now,
    })
    .execute();
}

describe('planning an audit', () => {
  it('creates an audit through the API whose scope defaults to its own unit', async () => {
    const res = await auditorApi.post('/audits', {
      kind: 'response_time',
      title: 'Svarstider i skolorna',
      year: 2026,
      unitId: org.school.id,
      purpose: 'Att se om frågor besvaras inom ett dygn.',
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      kind: 'response_time',
      status: 'planned',
      scope: { unitIds: [org.school.id], platforms: [], types: [], statuses: [] },
      purpose: 'Att se om frågor besvaras inom ett dygn.',
    });
    expect(await auditRows(t.db, 'audit.create', res.json.id)).toHaveLength(1);
  });

  it('plans an audit through the form with a scope chosen by platform and keeps typed values on error', async () => {
    const bad = await auditorPages.post('/audits', {
      kind: 'spot_check',
      title: '',
      year: '1850',
      unitId: String(org.school.id),
      'scopePlatform.instagram': '1',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Ange ett år mellan 1990 och 2100.');
    expect(html).toContain('value="1850"');
    expect(html).toMatch(/name="scopePlatform\.instagram" value="1" checked/);

    const res = await auditorPages.post('/audits', {
      kind: 'spot_check',
      title: 'Stickprov Instagram',
      year: '2026',
      unitId: String(org.school.id),
      'scopePlatform.instagram': '1',
    });
    expect(res.status).toBe(303);
    const id = idFromLocation(res, '/audits');
    const page = await (await auditorPages.get(`/audits/${id}`)).text();
    expect(page).toContain('Plattformar: Instagram');
    expect(page).toContain('2 konton ingår just nu.');
  });

  it('refuses a scope unit outside the audit’s unit, in the user’s language', async () => {
    const res = await auditorApi.call(
      'POST',
      '/audits',
      {
        kind: 'spot_check',
        title: 'För brett',
        year: 2026,
        unitId: org.school.id,
        scope: { unitIds: [org.library.id] },
      },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    expect(res.json.error.fields[0].message).toBe(
      'The chosen units must lie within the audit’s unit.',
    );
  });

  it('lets readers read but not write, and hides audits from other units', async () => {
    const { json } = await auditorApi.post('/audits', {
      kind: 'response_time',
      title: 'Läsbar',
      year: 2025,
      unitId: org.ekbacken.id,
    });
    expect((await readerApi.get(`/audits/${json.id}`)).status).toBe(200);
    expect((await readerApi.post(`/audits/${json.id}/close`, {})).status).toBe(403);
    expect(
      (
        await readerApi.post('/audits', {
          kind: 'spot_check',
          title: 'x',
          year: 2026,
          unitId: org.school.id,
        })
      ).status,
    ).toBe(403);
    expect((await cultureAuditorApi.get(`/audits/${json.id}`)).status).toBe(403);
    const list = await cultureAuditorApi.get('/audits');
    expect(list.json.items).toEqual([]);
    const filtered = await auditorApi.get('/audits?year=2025');
    expect(filtered.json.items.map((a: { title: string }) => a.title)).toEqual(['Läsbar']);
  });
});

describe('closing an audit', () => {
  it('refuses to close an audit with nothing recorded', async () => {
    const { json } = await auditorApi.post('/audits', {
      kind: 'response_time',
      title: 'Tom',
      year: 2026,
      unitId: org.school.id,
    });
    const res = await auditorApi.post(`/audits/${json.id}/close`, {});
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('audit_empty');
  });

  it('freezes the figures: questions added later do not change the results', async () => {
    const { json } = await auditorApi.post('/audits', {
      kind: 'response_time',
      title: 'Svarstider 2026',
      year: 2026,
      unitId: org.school.id,
    });
    await recordQuestion(json.id, accountIds[0]!);
    const closed = await auditorApi.post(`/audits/${json.id}/close`, { version: json.version });
    expect(closed.status).toBe(200);
    expect(closed.json.status).toBe('closed');
    const before = await auditorApi.get(`/audits/${json.id}/results`);
    await recordQuestion(json.id, accountIds[1]!);
    const after = await auditorApi.get(`/audits/${json.id}/results`);
    expect(after.json).toEqual(before.json);
    expect((await auditorApi.post(`/audits/${json.id}/close`, {})).json.error.code).toBe(
      'audit_closed',
    );
    const scopeChange = await auditorApi.patch(`/audits/${json.id}`, { year: 2025 });
    expect(scopeChange.status).toBe(409);
    const words = await auditorApi.patch(`/audits/${json.id}`, { conclusion: 'Bra svarstider.' });
    expect(words.status).toBe(200);
    expect(await auditRows(t.db, 'audit.close', json.id)).toHaveLength(1);
  });

  it('asks the person to confirm before closing through the page', async () => {
    const { json } = await auditorApi.post('/audits', {
      kind: 'response_time',
      title: 'Bekräfta',
      year: 2026,
      unitId: org.school.id,
    });
    await recordQuestion(json.id, accountIds[0]!);
    await auditorPages.get(`/audits/${json.id}`);
    const unconfirmed = await auditorPages.post(`/audits/${json.id}/close`, { version: '1' });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Kryssa i rutan');
    const res = await auditorPages.post(`/audits/${json.id}/close`, { version: '1', confirm: '1' });
    expect(res.status).toBe(303);
    const page = await (await auditorPages.get(`/audits/${json.id}`)).text();
    expect(page).toContain('Avslutad');
  });
});

describe('the report and its actions', () => {
  it('prints the report’s sections and the actions that follow a finding', async () => {
    const { json } = await auditorApi.post('/audits', {
      kind: 'response_time',
      title: 'Rapportbar',
      year: 2026,
      unitId: org.school.id,
      areas: 'Kommunikation i sociala medier',
      method: 'Testfrågor från ett privat konto.',
    });
    await createAction(t.db, t.clock, auditor, {
      title: 'Inför rutin för svar',
      kind: 'improvement',
      unitId: org.ekbacken.id,
      auditId: json.id,
      accountId: accountIds[0]!,
      dueOn: '2026-06-01',
    });
    const html = await (await auditorPages.get(`/audits/${json.id}/report`)).text();
    for (const heading of [
      'Risk',
      'Områden och rutiner',
      'Syfte',
      'Omfattning',
      'Metod',
      'Resultat',
      'Analys',
      'Slutsats',
      'Åtgärder',
    ])
      expect(html).toContain(`>${heading}</h2>`);
    expect(html).toContain('Testfrågor från ett privat konto.');
    expect(html).toContain('Inför rutin för svar');
    expect(html).toContain('Utkast per');
    const action = await (await auditorPages.get(`/audits/${json.id}`)).text();
    expect(action).toContain(`/actions/new?auditId=${json.id}`);
  });

  it('prefills a new action from a finding and links it back to its audit', async () => {
    const { json } = await auditorApi.post('/audits', {
      kind: 'spot_check',
      title: 'Fyndet',
      year: 2026,
      unitId: org.school.id,
    });
    const form = await (
      await auditorPages.get(
        `/actions/new?auditId=${json.id}&accountId=${accountIds[0]}&unitId=${org.ekbacken.id}&title=Saknar+kommentarsregler`,
      )
    ).text();
    expect(form).toContain('Från granskning: Fyndet');
    expect(form).toContain('value="Saknar kommentarsregler"');
    const res = await auditorPages.post('/actions', {
      title: 'Saknar kommentarsregler',
      kind: 'improvement',
      unitId: String(org.ekbacken.id),
      status: 'open',
      auditId: String(json.id),
      accountId: String(accountIds[0]),
    });
    expect(res.status).toBe(303);
    const page = await (await auditorPages.get(res.headers.get('location')!)).text();
    expect(page).toContain(`href="/audits/${json.id}"`);
  });
});
