import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_POLICY } from '../../src/follow-up/follow-up-policy.js';
import { policyFormValues } from '../../src/follow-up/policy-form.js';
import { sweepOnce } from '../../src/follow-up/sweep-once.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { createLogger } from '../../src/platform/log.js';
import { auditRows } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';
import { onlyRules, stockholm, sweepDeps } from './follow-up-fixtures.js';

const { t, org } = useTestOrganisation({ at: stockholm('2026-11-23') });
let manager: Actor;
let owner: Actor;
let lonely: number;
let ending: number;

beforeAll(async () => {
  await onlyRules(t.db, { end_date: {}, too_few_people: {} });
  manager = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], {
    name: 'Maja Chef',
    email: 'maja@exempel.se',
  });
  owner = await makeUser(t.db, t.clock, [['owner', org.ekbacken]], {
    name: 'Olle Ägare',
    email: 'olle@exempel.se',
  });
  const deputy = await makeUser(t.db, t.clock, [], { name: 'Dana Ersättare' });
  const a = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Ekbackens elevråd',
  });
  await addAccountPerson(t.db, t.clock, a.id, owner.userId, 'owner');
  lonely = a.id;
  const b = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Klass 9B',
    type: 'teaching',
    endDate: '2026-12-10',
  });
  await addAccountPerson(t.db, t.clock, b.id, owner.userId, 'owner');
  await addAccountPerson(t.db, t.clock, b.id, deputy.userId, 'deputy');
  ending = b.id;
  await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Skolbiblioteket' });
});

describe('My tasks', () => {
  it('lists what is due for me, each with the link that resolves it, and forgets it once done', async () => {
    const b = await t.signedIn('olle@exempel.se');
    const html = await (await b.get('/tasks')).text();
    expect(html).toContain('<h1>Mina uppgifter</h1>');
    expect(html).toContain('2 uppgifter väntar.');
    expect(html).toContain(
      `<a href="/accounts/${lonely}/people">Ekbackens elevråd: 1 av minst 2 ansvariga</a>`,
    );
    expect(html).toContain(`<a href="/accounts/${ending}">Klass 9B upphör`);
    expect(html).not.toContain('Skolbiblioteket');
    expect(html).not.toContain('Mina enheter');

    const deputy = await makeUser(t.db, t.clock, [], { name: 'Ny Ersättare' });
    await addAccountPerson(t.db, t.clock, lonely, deputy.userId, 'deputy');
    const after = await (await b.get('/tasks')).text();
    expect(after).toContain('En uppgift väntar.');
    expect(after).not.toContain('Ekbackens elevråd');
    await t.db.deleteFrom('account_people').where('user_id', '=', deputy.userId).execute();
  });

  it('filters by rule and pages, keeping the filter in the pager', async () => {
    const b = await t.signedIn('olle@exempel.se');
    const html = await (await b.get('/tasks?rule=end_date')).text();
    expect(html).toContain('Klass 9B');
    expect(html).not.toContain('Ekbackens elevråd:');
    expect(html).toMatch(/<option value="end_date" selected="">Slutdatum \(1\)<\/option>/);
    const paged = await (await b.get('/tasks?pageSize=1')).text();
    expect(paged).toContain('Sida 1 av 2');
    expect(paged).toContain('href="/tasks?pageSize=1&amp;page=2"');
  });

  it('gives a manager the items nobody answers for, and a view of everything in their units', async () => {
    const b = await t.signedIn('maja@exempel.se');
    const mine = await (await b.get('/tasks')).text();
    expect(mine).toContain('Skolbiblioteket: 0 av minst 2 ansvariga');
    expect(mine).not.toContain('Klass 9B');
    expect(mine).toContain('Mina enheter');
    const units = await (await b.get('/tasks?view=units')).text();
    expect(units).toContain('Klass 9B');
    expect(units).toContain('Ekbackens elevråd');
    expect(units).toContain('Ingen – enhetens chef');
    expect(units).toMatch(/Olle Ägare, Dana Ersättare|Dana Ersättare, Olle Ägare/);
  });

  it('says so in English when nothing is waiting', async () => {
    const idle = await makeUser(t.db, t.clock, [], { email: 'idle@exempel.se', locale: 'en' });
    const b = await t.signedIn(idle.email);
    const html = await (await b.get('/tasks')).text();
    expect(html).toContain('Nothing is waiting for you right now.');
    expect(html).toContain('You get reminders by e-mail daily.');
  });

  it('shows how many tasks wait on the start page', async () => {
    const b = await t.signedIn('olle@exempel.se');
    const html = await (await b.get('/')).text();
    expect(html).toContain('Mina uppgifter: 2 att göra.');
    expect(html).toContain('<a href="/tasks">Visa uppgifterna</a>');
  });
});

describe('the tasks API', () => {
  it('lists my tasks and my units’ tasks with counts per rule, paged and filtered', async () => {
    const api = await t.api(owner);
    const mine = await api.get('/tasks');
    expect(mine.status).toBe(200);
    expect(mine.json.total).toBe(2);
    expect(mine.json.counts).toEqual({ end_date: 1, too_few_people: 1 });
    const end = mine.json.items.find((i: { rule: string }) => i.rule === 'end_date');
    expect(end).toMatchObject({
      subjectType: 'account',
      subjectId: ending,
      href: `/accounts/${ending}`,
      dueOn: '2026-12-10',
      urgent: false,
      ruleLabel: 'Slutdatum',
      unit: { id: org.ekbacken.id, name: 'Ekbackens skola' },
    });
    expect(end.people.map((p: { name: string }) => p.name)).toContain('Olle Ägare');

    const managerApi = await t.api(manager);
    const units = await managerApi.get('/tasks?view=units&rule=too_few_people&pageSize=1');
    expect(units.json.total).toBe(2);
    expect(units.json.items).toHaveLength(1);
    expect(units.json.pageSize).toBe(1);

    const bad = await managerApi.get('/tasks?rule=nonsense');
    expect(bad.status).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await (await t.api(owner)).get('/openapi.json');
    expect(Object.keys(doc.json.paths)).toContain('/tasks');
  });
});

describe('the follow-up policy page', () => {
  it('is for administrators only', async () => {
    const b = await t.signedIn('maja@exempel.se');
    expect((await b.get('/follow-up')).status).toBe(403);
    expect((await b.post('/follow-up/run', {})).status).toBe(403);
  });

  it('explains what is wrong in the form, in Swedish and English', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const form = await (await b.get('/follow-up')).text();
    expect(form).toContain('<h1>Påminnelser och uppföljning</h1>');
    expect(form).toContain('name="end_date-noticeDays"');
    const res = await b.post('/follow-up', {
      escalateAfterDays: '20',
      communicatorAfterDays: '10',
      digestHour: '25',
      weeklyDigestDay: '1',
      'end_date-enabled': 'on',
      'end_date-noticeDays': 'trettio',
      scheduleEnabled: 'on',
      scheduleMonth: '3',
      scheduleDay: '31',
      scheduleOpenDays: '30',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Kontaktkommunikatören ska få veta senare än chefen.');
    expect(html).toContain('För långt eller för stort (högst 23).');
    expect(html).toContain('Ange ett heltal.');
    expect(html).toContain('För långt eller för stort (högst 28).');
    expect(html).toContain('value="trettio"');
    await makeUser(t.db, t.clock, [['admin', org.root]], {
      email: 'admin-en@exempel.se',
      locale: 'en',
    });
    const en = await t.signedIn('admin-en@exempel.se');
    const english = await (
      await en.post('/follow-up', { escalateAfterDays: '', communicatorAfterDays: '5' })
    ).text();
    expect(english).toContain('Fill in this field.');
  });

  it('saves the policy with an audit row, and the sweep follows it', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const values: Record<string, string> = {
      ...Object.fromEntries(
        Object.entries(policyFormValues(DEFAULT_FOLLOW_UP_POLICY)).filter(([, v]) => v !== ''),
      ),
      'too_few_people-enabled': '',
      escalateAfterDays: '10',
      communicatorAfterDays: '20',
      digestHour: '8',
      weeklyDigestDay: '5',
      scheduleMonth: '3',
      scheduleDay: '1',
      scheduleOpenDays: '30',
      'end_date-enabled': 'on',
      'end_date-noticeDays': '10',
    };
    const res = await b.post('/follow-up', values);
    expect(res.status).toBe(303);
    const page = await (await b.get('/follow-up')).text();
    expect(page).toContain('Reglerna för påminnelser är sparade.');
    expect(page).toMatch(/name="end_date-noticeDays"[^>]* value="10"/);
    const [audit] = await auditRows(t.db, 'settings.follow_up', 'follow-up');
    const after = JSON.parse(audit!.after_json!);
    expect(after).toMatchObject({
      escalateAfterDays: 10,
      communicatorAfterDays: 20,
      digestHour: 8,
      weeklyDigestDay: 5,
      confirmationSchedule: null,
    });
    expect(after.rules.end_date).toEqual({ enabled: true, noticeDays: 10 });
    expect(after.rules.too_few_people).toEqual({ enabled: false });

    const api = await t.api(owner);
    expect((await api.get('/tasks')).json.counts.end_date).toBeUndefined();
    t.clock.set(stockholm('2026-11-30'));
    expect((await api.get('/tasks')).json.counts.end_date).toBe(1);
    t.clock.set(stockholm('2026-11-23'));
    await onlyRules(t.db, { end_date: {}, too_few_people: {} });
  });

  it('runs the sweep on demand and shows what it found', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post('/follow-up/run', {});
    expect(res.status).toBe(303);
    const page = await (await b.get('/follow-up')).text();
    expect(page).toMatch(/Svepet är klart: 3 saker att påminna om, \d+ nya påminnelser/);
    expect(page).toContain('Senaste svepet startade');
    expect(page).toContain('<dt>För få ansvariga</dt><dd>2</dd>');
  });
});

describe('my digest', () => {
  it('lets me choose a weekly digest on my profile, with an audit row', async () => {
    const b = await t.signedIn('olle@exempel.se');
    expect(await (await b.get('/profile')).text()).toContain('Påminnelser per e-post');
    const res = await b.post('/profile/digest', { digestFrequency: 'weekly' });
    expect(res.status).toBe(303);
    expect(await (await b.get('/profile')).text()).toContain('Valet av sammandrag är sparat.');
    const row = await t.db
      .selectFrom('users')
      .select('digest_frequency')
      .where('id', '=', owner.userId)
      .executeTakeFirstOrThrow();
    expect(row.digest_frequency).toBe('weekly');
    const [audit] = await auditRows(t.db, 'user.digest', owner.userId);
    expect(JSON.parse(audit!.after_json!)).toEqual({ digestFrequency: 'weekly' });
    const bad = await b.post('/profile/digest', { digestFrequency: 'hourly' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Välj ett av alternativen.');
  });
});

describe('kanalkoll sweep', () => {
  it('runs the sweep and the delivery once and says what they did', async () => {
    const lines: string[] = [];
    const deps = sweepDeps(t);
    const code = await sweepOnce(t.db, deps.env, createLogger('silent'), t.clock, (l) =>
      lines.push(l),
    );
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^Found \d+ things due:$/);
    expect(lines.join('\n')).toContain('too_few_people');
    expect(lines.at(-1)).toMatch(/^Delivered through mailbox: \d+ sent, 0 to retry, 0 failed\.$/);
  });
});
