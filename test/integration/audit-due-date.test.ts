import { beforeAll, describe, expect, it } from 'vitest';
import { createCalendarFeed } from '../../src/calendar-feeds/create-calendar-feed.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { auditRows, idFromLocation } from '../support/checks.js';
import { makeUser } from '../support/factories.js';
import type { ApiClient, BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let auditor: Actor;
let api: ApiClient;
let pages: BrowserClient;

beforeAll(async () => {
  auditor = await makeUser(t.db, t.clock, [['auditor', org.school]], {
    name: 'Greta Granskare',
    email: 'granskare@exempel.se',
  });
  api = await t.api(auditor);
  pages = await t.signedIn('granskare@exempel.se');
});

describe('the day an audit report is due', () => {
  it('is set, changed and cleared through the API, each change in the audit trail', async () => {
    const made = await api.post('/audits', {
      kind: 'response_time',
      title: 'Svarstider våren 2026',
      year: 2026,
      unitId: org.school.id,
      dueOn: '2026-05-15',
    });
    expect(made.status).toBe(201);
    expect(made.json.dueOn).toBe('2026-05-15');
    expect((await api.get(`/audits/${made.json.id}`)).json.dueOn).toBe('2026-05-15');

    const moved = await api.patch(`/audits/${made.json.id}`, { dueOn: '2026-06-01' });
    expect(moved.status).toBe(200);
    expect(moved.json.dueOn).toBe('2026-06-01');
    const [change] = await auditRows(t.db, 'audit.update', made.json.id);
    expect(JSON.parse(change!.before_json!)).toEqual({ dueOn: '2026-05-15' });
    expect(JSON.parse(change!.after_json!)).toEqual({ dueOn: '2026-06-01' });

    const cleared = await api.patch(`/audits/${made.json.id}`, { dueOn: null });
    expect(cleared.json.dueOn).toBeNull();
    const untouched = await api.patch(`/audits/${made.json.id}`, { title: 'Svarstider 2026' });
    expect(untouched.json.dueOn).toBeNull();
  });

  it('is optional, and refused when it is not a date', async () => {
    const none = await api.post('/audits', {
      kind: 'spot_check',
      title: 'Stickprov utan datum',
      year: 2026,
      unitId: org.school.id,
    });
    expect(none.json.dueOn).toBeNull();
    const bad = await api.post('/audits', {
      kind: 'spot_check',
      title: 'Fel datum',
      year: 2026,
      unitId: org.school.id,
      dueOn: '15 maj',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields).toEqual([
      { path: ['dueOn'], message: 'Ange ett datum som ÅÅÅÅ-MM-DD.' },
    ]);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await api.get('/openapi.json')).json;
    const create = doc.paths['/audits'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(create)).toContain('dueOn');
    expect(JSON.stringify(doc.paths['/audits/{id}'].get.responses)).toContain('dueOn');
  });

  it('is chosen on the audit form, shown on the audit’s page and kept when the form fails', async () => {
    const form = await (await pages.get('/audits/new')).text();
    expect(form).toMatch(/<label for="f-dueOn">Rapporten ska vara klar senast/);
    expect(form).toContain('type="date"');

    const bad = await pages.post('/audits', {
      kind: 'response_time',
      title: 'Svarstider hösten',
      year: '2026',
      unitId: String(org.school.id),
      dueOn: 'snart',
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Ange ett datum som ÅÅÅÅ-MM-DD.');
    expect(badHtml).toContain('value="snart"');

    const res = await pages.post('/audits', {
      kind: 'response_time',
      title: 'Svarstider hösten',
      year: '2026',
      unitId: String(org.school.id),
      dueOn: '2026-11-30',
    });
    expect(res.status).toBe(303);
    const id = idFromLocation(res, '/audits');
    const page = await (await pages.get(`/audits/${id}`)).text();
    expect(page).toMatch(/Rapporten ska vara klar senast<\/dt>\s*<dd>30 nov. 2026<\/dd>/);

    const edit = await (await pages.get(`/audits/${id}/edit`)).text();
    expect(edit).toContain('value="2026-11-30"');
    const version = /name="version" value="(\d+)"/.exec(edit)![1]!;
    const cleared = await pages.post(`/audits/${id}`, {
      title: 'Svarstider hösten',
      year: '2026',
      unitId: String(org.school.id),
      version,
      dueOn: '',
    });
    expect(cleared.status).toBe(303);
    expect(await (await pages.get(`/audits/${id}`)).text()).toContain('Inget datum satt');
  });

  it('shows in the auditor’s calendar while the audit is open', async () => {
    const made = await api.post('/audits', {
      kind: 'spot_check',
      title: 'Stickprov 2026',
      year: 2026,
      unitId: org.school.id,
      auditorUserId: auditor.userId,
      dueOn: '2026-09-30',
    });
    const { token } = await createCalendarFeed(t.db, t.clock, auditor, null);
    const ics = await (await t.browser().get(`/calendar/${token}.ics`)).text();
    expect(ics).toContain('SUMMARY:Granskningsrapport ska vara klar: Stickprov 2026');
    expect(ics).toContain(`UID:audit-${made.json.id}-due@localhost`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260930');
  });
});
