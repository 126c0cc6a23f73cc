import { beforeAll, describe, expect, it } from 'vitest';
import { readApplicationPolicy } from '../../src/applications/application-policy.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeApplication } from '../support/application-factories.js';
import { auditRows, countRows, idFromLocation } from '../support/checks.js';
import { makeUser } from '../support/factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 10 March 2026 in Stockholm: the school year ends on 30 June.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let teacher: Actor;
let deputy: Actor;
let rektor: BrowserClient;
let teacherClient: BrowserClient;

beforeAll(async () => {
  teacher = await makeUser(t.db, t.clock, [], { name: 'Tove Lärare', email: 'larare@exempel.se' });
  deputy = await makeUser(t.db, t.clock, [], { name: 'Didrik Ersättare', email: 'ers@exempel.se' });
  await makeUser(t.db, t.clock, [['manager', org.ekbacken]], {
    name: 'Rut Rektor',
    email: 'rektor@exempel.se',
  });
  await makeUser(t.db, t.clock, [['manager', org.library]], {
    name: 'Bo Bibliotekschef',
    email: 'bibl@exempel.se',
  });
  await makeUser(t.db, t.clock, [], { name: 'Ingen Roll', email: 'ingen@exempel.se' });
  rektor = await t.signedIn('rektor@exempel.se');
  teacherClient = await t.signedIn('larare@exempel.se');
});

/** A teaching application's fields as the form sends them, complete. */
const teachingForm = (extra: Record<string, string> = {}) => ({
  type: 'teaching',
  platform: 'instagram',
  handle: 'ekbacken7b',
  displayName: 'Klass 7B på Ekbacken',
  unitId: String(org.ekbacken.id),
  endDate: '2026-06-12',
  purpose: 'Visa klassens arbete för vårdnadshavare',
  audience: 'Vårdnadshavare',
  identifiablePeople: 'none',
  consentRoutine: '',
  moderationRoutine: 'Läraren läser kommentarer varje skoldag',
  notes: '',
  ownerUserId: String(teacher.userId),
  'deputyUserIds.0': String(deputy.userId),
  ...extra,
});

const statusOf = async (id: number) =>
  (
    await t.db
      .selectFrom('applications')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).status;

describe('the application form', () => {
  it('asks for the type of account first, with who approves each', async () => {
    for (const path of ['/applications/new', '/applications/new?type=annat']) {
      const html = await (await teacherClient.get(path)).text();
      expect(html).toContain('name="type" value="teaching"');
      expect(html).toContain('Godkänns av: Enhetschef, Kommunikationsenheten.');
      expect(html).not.toContain('name="displayName"');
    }
  });

  it('hides goals, plan and resources on the teaching form and shows the latest end date', async () => {
    const teaching = await (await teacherClient.get('/applications/new?type=teaching')).text();
    expect(teaching).toContain('name="purpose"');
    expect(teaching).toContain('name="endDate"');
    for (const name of ['goals', 'publishingPlan', 'resourcesHours'])
      expect(teaching).not.toContain(`name="${name}"`);
    expect(teaching).toContain('Senast 30 juni 2026, läsårets slut.');
    const official = await (await teacherClient.get('/applications/new?type=official')).text();
    expect(official).toContain('name="goals"');
    expect(official).toContain('name="resourcesHours"');
    expect(official).not.toContain('name="endDate"');
  });

  it('saves a draft with gaps, and refuses a draft without a unit writing nothing', async () => {
    const before = await countRows(t.db, 'applications');
    const bad = await teacherClient.post('/applications', {
      type: 'teaching',
      displayName: 'Utan enhet',
      intent: 'draft',
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('href="#f-unitId"');
    expect(badHtml).toContain('Välj en enhet.');
    expect(badHtml).toContain('value="Utan enhet"');
    expect(await countRows(t.db, 'applications')).toBe(before);

    const res = await teacherClient.post('/applications', {
      type: 'teaching',
      unitId: String(org.ekbacken.id),
      displayName: 'Ett utkast',
      intent: 'draft',
    });
    expect(res.status).toBe(303);
    const id = idFromLocation(res, '/applications');
    expect(await statusOf(id)).toBe('draft');
    const page = await (await teacherClient.get(`/applications/${id}`)).text();
    expect(page).toContain('Utkastet är sparat.');
    expect(page).toContain('Ansökan är ett utkast.');
    expect(page).toContain(`href="/applications/${id}/edit"`);
  });

  it('on a failed submit saves the draft, shows every gap in a summary and keeps the input', async () => {
    const res = await teacherClient.post(
      '/applications',
      teachingForm({ purpose: '', moderationRoutine: '', endDate: '2026-08-20', intent: 'submit' }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('href="#f-purpose"');
    expect(html).toContain('href="#f-moderationRoutine"');
    expect(html).toContain('läsårets slut');
    expect(html).toContain('value="Klass 7B på Ekbacken"');
    const saved = await t.db
      .selectFrom('applications')
      .select(['id', 'status'])
      .where('display_name', '=', 'Klass 7B på Ekbacken')
      .execute();
    expect(saved.map((r) => r.status)).toEqual(['draft']);
    // The form now changes the saved draft rather than starting another.
    expect(html).toContain(`action="/applications/${saved[0]!.id}"`);
  });

  it('explains the gaps in English for an English reader', async () => {
    await makeUser(t.db, t.clock, [], { email: 'english@exempel.se', locale: 'en' });
    const english = await t.signedIn('english@exempel.se');
    const res = await english.post('/applications', {
      type: 'official',
      unitId: String(org.ekbacken.id),
      intent: 'submit',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('The form has errors');
    expect(html).toContain('Choose who will own the account.');
  });
});

describe('review through the pages', () => {
  let id: number;

  it('submits a complete teaching application to the head teacher', async () => {
    const res = await teacherClient.post('/applications', teachingForm({ intent: 'submit' }));
    expect(res.status).toBe(303);
    id = idFromLocation(res, '/applications');
    expect(await statusOf(id)).toBe('submitted');
    const page = await (await teacherClient.get(`/applications/${id}`)).text();
    expect(page).toContain('Ansökan är inskickad och väntar på beslut av enhetschef.');
  });

  it('shows the decision form only to those who may decide at the step', async () => {
    const decide = 'name="decision" value="approved"';
    const rektorPage = await (await rektor.get(`/applications/${id}`)).text();
    expect(rektorPage).toContain(decide);
    const own = await (await teacherClient.get(`/applications/${id}`)).text();
    expect(own).not.toContain(decide);
    expect(own).toContain('name="comment"');
    const admin = await t.signedIn('admin@exempel.se');
    const adminPage = await admin.get(`/applications/${id}`);
    expect(adminPage.status).toBe(200);
    expect(await adminPage.text()).not.toContain(decide);
    const other = await t.signedIn('bibl@exempel.se');
    expect((await other.get(`/applications/${id}`)).status).toBe(403);
    const stranger = await t.signedIn('ingen@exempel.se');
    expect((await stranger.get(`/applications/${id}`)).status).toBe(403);
  });

  it('tells the head teacher on the start page and in the waiting view', async () => {
    const home = await (await rektor.get('/')).text();
    expect(home).toContain('En ansökan väntar på ditt beslut.');
    const waiting = await (await rektor.get('/applications?view=waiting')).text();
    expect(waiting).toContain('Klass 7B på Ekbacken');
    expect(waiting).toContain('Väntar på mig (1)');
  });

  it('asks for changes with a reason; the applicant changes and resubmits', async () => {
    const none = await rektor.post(`/applications/${id}/decisions`, {
      decision: 'changes_requested',
      text: '',
    });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Skriv en motivering eller kommentar.');
    expect(await statusOf(id)).toBe('submitted');

    const asked = await rektor.post(`/applications/${id}/decisions`, {
      decision: 'changes_requested',
      text: 'Beskriv hur ni skyddar elevernas bilder.',
    });
    expect(asked.status).toBe(303);
    expect(await statusOf(id)).toBe('changes_requested');
    const page = await (await teacherClient.get(`/applications/${id}`)).text();
    expect(page).toContain('Granskaren har begärt komplettering.');
    expect(page).toContain('Beskriv hur ni skyddar elevernas bilder.');

    const edit = await (await teacherClient.get(`/applications/${id}/edit`)).text();
    const version = /name="version" value="(\d+)"/.exec(edit)![1]!;
    const again = await teacherClient.post(
      `/applications/${id}`,
      teachingForm({
        version,
        identifiablePeople: 'children',
        consentRoutine: 'Vårdnadshavare samtycker skriftligt varje läsår.',
        intent: 'submit',
      }),
    );
    expect(again.status).toBe(303);
    expect(await statusOf(id)).toBe('submitted');
  });

  it('approves: the account is registered and the page leads to it and to entering its address', async () => {
    const res = await rektor.post(`/applications/${id}/decisions`, { decision: 'approved' });
    expect(res.status).toBe(303);
    expect(await statusOf(id)).toBe('approved');
    const html = await (await rektor.get(`/applications/${id}`)).text();
    expect(html).toContain('Ansökan är godkänd och kontot Klass 7B på Ekbacken är registrerat.');
    const app = await t.db
      .selectFrom('applications')
      .select('account_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(html).toContain(`href="/accounts/${app.account_id}"`);
    const own = await (await teacherClient.get(`/applications/${id}`)).text();
    expect(own).toContain(`href="/applications/${id}/url"`);
    for (const event of ['Ansökan inskickad', 'Komplettering begärd', 'Ansökan inskickad på nytt'])
      expect(own).toContain(event);
  });
});

describe('the lists', () => {
  it('filters by type, status and text, and pages with the filters kept', async () => {
    const maker = await makeUser(t.db, t.clock, [], { email: 'listor@exempel.se' });
    for (let i = 1; i <= 3; i++)
      await makeApplication(t.db, t.clock, maker, org.library, {
        type: 'campaign',
        displayName: `Kampanj ${i}`,
      });
    await makeApplication(t.db, t.clock, maker, org.library, { displayName: 'Officiellt ett' });
    const client = await t.signedIn('listor@exempel.se');
    const names = async (path: string) =>
      [
        ...(await (await client.get(path)).text()).matchAll(
          /<a href="\/applications\/\d+">([^<]+)<\/a>/g,
        ),
      ].map((m) => m[1]);
    expect(await names('/applications?type=official')).toEqual(['Officiellt ett']);
    expect(await names('/applications?q=kampanj%202')).toEqual(['Kampanj 2']);
    expect(await names('/applications?status=submitted')).toEqual([]);
    expect((await names('/applications?status=draft')).length).toBe(4);
    const second = await (await client.get('/applications?type=campaign&pageSize=2&page=2')).text();
    expect(second).toContain('Sida 2 av 2 · 3 träffar');
    expect(second).toContain('href="/applications?type=campaign&amp;pageSize=2&amp;page=1"');
    const silly = await client.get('/applications?status=trasig&page=x');
    expect(silly.status).toBe(200);
    expect(await silly.text()).toContain('kunde inte läsas');
  });

  it('offers the view of all applications only to those who may read them', async () => {
    const stranger = await t.signedIn('ingen@exempel.se');
    const html = await (await stranger.get('/applications?view=all')).text();
    expect(html).not.toContain('href="/applications?view=all"');
    expect(html).toContain('Du har inga ansökningar.');
    const admin = await t.signedIn('admin@exempel.se');
    const all = await (await admin.get('/applications?view=all')).text();
    expect(all).toContain('Klass 7B på Ekbacken');
    expect(all).not.toContain('Ett utkast');
  });

  it('puts the applications under Accounts in the menu', async () => {
    const html = await (await rektor.get('/applications')).text();
    expect(html).toContain('<a href="/accounts" aria-current="page">');
  });

  it('gives a user without roles the way to apply on the start page', async () => {
    const stranger = await t.signedIn('ingen@exempel.se');
    const home = await (await stranger.get('/')).text();
    expect(home).toContain('<a href="/applications/new">Ansök om ett nytt konto</a>');
  });
});

describe('the settings', () => {
  it('saves the approval steps and the end of the school year, with an audit row', async () => {
    const admin = await t.signedIn('admin@exempel.se');
    expect((await admin.get('/applications/settings')).status).toBe(200);
    const res = await admin.post('/applications/settings', {
      'steps.official.0': 'manager',
      'steps.official.1': '',
      'steps.official.2': 'communicator',
      'steps.teaching.0': 'manager',
      'steps.campaign.0': 'admin',
      'teachingEnd.month': '6',
      'teachingEnd.day': '15',
    });
    expect(res.status).toBe(303);
    expect(await readApplicationPolicy(t.db)).toEqual({
      steps: { official: ['manager', 'communicator'], teaching: ['manager'], campaign: ['admin'] },
      teachingEnd: { month: 6, day: 15 },
    });
    expect((await auditRows(t.db, 'settings.applications', 'applications')).length).toBe(1);
    const html = await (await admin.get('/applications/settings')).text();
    expect(html).toContain('Inställningarna för ansökningar är sparade.');
  });

  it('refuses steps left empty and a day the month lacks, changing nothing', async () => {
    const admin = await t.signedIn('admin@exempel.se');
    const res = await admin.post('/applications/settings', {
      'steps.official.0': 'manager',
      'steps.campaign.0': 'admin',
      'teachingEnd.month': '6',
      'teachingEnd.day': '31',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#f-steps.teaching.0"');
    expect(html).toContain('Den dagen finns inte i månaden.');
    expect((await readApplicationPolicy(t.db)).teachingEnd.day).toBe(15);
    expect((await rektor.get('/applications/settings')).status).toBe(403);
  });
});
