import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { writeSetting } from '../../src/platform/db/settings.js';
import { PEOPLE_POLICY_KEY, DEFAULT_PEOPLE_POLICY } from '../../src/people/people-policy.js';
import type { Course } from '../../src/training/course.js';
import { validUntil } from '../../src/training/training-state.js';
import { auditRows, countRows, idFromLocation } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { addCompletion, makeCourse } from '../support/training-factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 2026-03-10 in Stockholm; with the default 60 days, "soon" runs to 2026-05-09.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let olle: Actor;
let lisa: Actor;
let nils: Actor;
let social: Course;
let access: Course;
let adminClient: BrowserClient;
let managerClient: BrowserClient;
let olleClient: BrowserClient;

beforeAll(async () => {
  olle = await makeUser(t.db, t.clock, [['owner', org.ekbacken]], {
    name: 'Olle Ägare',
    email: 'olle@exempel.se',
  });
  lisa = await makeUser(t.db, t.clock, [], { name: 'Lisa Bok', email: 'lisa@exempel.se' });
  nils = await makeUser(t.db, t.clock, [], { name: 'Nils Utan', email: 'nils@exempel.se' });
  await makeUser(t.db, t.clock, [['manager', org.school]], { email: 'chef@exempel.se' });
  const school = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
  const library = await makeAccount(t.db, t.clock, org.admin, org.library);
  await addAccountPerson(t.db, t.clock, school.id, olle.userId, 'owner');
  await addAccountPerson(t.db, t.clock, library.id, lisa.userId, 'owner');
  social = await makeCourse(t.db, t.clock, org.admin, {
    name: 'Sociala medier i offentlig verksamhet',
    validityMonths: 24,
  });
  access = await makeCourse(t.db, t.clock, org.admin, {
    name: 'Tillgänglighet i sociala medier',
    validityMonths: 36,
  });
  await makeCourse(t.db, t.clock, org.admin, { name: 'GDPR', validityMonths: 12, required: false });
  await makeCourse(t.db, t.clock, org.admin, { name: 'Gammal kurs', active: false });
  await addCompletion(t.db, t.clock, social, olle.userId, '2024-04-20');
  await addCompletion(t.db, t.clock, social, lisa.userId, '2023-01-01');
  await addCompletion(t.db, t.clock, access, lisa.userId, '2025-01-01');
  adminClient = await t.signedIn('admin@exempel.se');
  managerClient = await t.signedIn('chef@exempel.se');
  olleClient = await t.signedIn('olle@exempel.se');
});

describe('validity', () => {
  it('adds months, falling back to the last day of a shorter month', () => {
    expect(validUntil('2026-01-31', 1)).toBe('2026-02-28');
    expect(validUntil('2024-01-31', 1)).toBe('2024-02-29');
    expect(validUntil('2023-03-31', 11)).toBe('2024-02-29');
    expect(validUntil('2025-08-31', 24)).toBe('2027-08-31');
    expect(validUntil('2025-08-31', null)).toBeNull();
  });

  it('records valid-until from the course when the completion is recorded', async () => {
    const monthly = await makeCourse(t.db, t.clock, org.admin, {
      name: 'Månadskurs',
      validityMonths: 1,
    });
    const res = await adminClient.post('/training/completions', {
      userId: String(nils.userId),
      courseId: String(monthly.id),
      completedOn: '2026-01-31',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/training/people/${nils.userId}`);
    const row = await t.db
      .selectFrom('training_completions')
      .selectAll()
      .where('course_id', '=', monthly.id)
      .executeTakeFirstOrThrow();
    expect(row.valid_until).toBe('2026-02-28');
    expect((await auditRows(t.db, 'training.record', row.id)).length).toBe(1);
    // Unticked boxes retire the course, so that it stays out of the overview below.
    await adminClient.post(`/training/courses/${monthly.id}`, { name: 'Månadskurs' });
  });
});

describe('the overview of lacking training', () => {
  /** "Name: course: state" of each row of the overview. */
  async function rows(client: BrowserClient, path: string): Promise<string[]> {
    const html = await (await client.get(path)).text();
    return [
      ...html.matchAll(
        /<a href="\/training\/people\/\d+">([^<]+)<\/a><\/td><td class="num">\d+<\/td><td>([^<]+)<\/td><td><span class="[^"]+">([^<]+)</g,
      ),
    ].map((m) => `${m[1]}: ${m[2]}: ${m[3]}`);
  }

  it('lists expired, then missing, then expiring soon, only for people with accounts', async () => {
    expect(await rows(adminClient, '/training')).toEqual([
      'Lisa Bok: Sociala medier i offentlig verksamhet: Utgången',
      'Olle Ägare: Tillgänglighet i sociala medier: Saknas',
      'Olle Ägare: Sociala medier i offentlig verksamhet: Går snart ut',
    ]);
    expect(await rows(adminClient, '/training?state=missing')).toEqual([
      'Olle Ägare: Tillgänglighet i sociala medier: Saknas',
    ]);
    expect(await rows(adminClient, `/training?unit=${org.culture.id}`)).toEqual([
      'Lisa Bok: Sociala medier i offentlig verksamhet: Utgången',
    ]);
    expect(await rows(adminClient, `/training?course=${access.id}`)).toEqual([
      'Olle Ägare: Tillgänglighet i sociala medier: Saknas',
    ]);
    expect(await rows(managerClient, '/training')).toHaveLength(2);
    expect(await rows(olleClient, '/training')).toHaveLength(2);
  });

  it('follows the policy’s notice days', async () => {
    const setNotice = (days: number) =>
      t.db
        .transaction()
        .execute((tx) =>
          writeSetting(
            tx,
            PEOPLE_POLICY_KEY,
            { ...DEFAULT_PEOPLE_POLICY, trainingNoticeDays: days },
            org.admin.userId,
            t.clock.now().toISOString(),
          ),
        );
    await setNotice(30);
    const api = await t.api(org.admin);
    const soon = await api.get('/training/expiring?state=expires_soon');
    expect(soon.json.items).toEqual([]);
    await setNotice(41);
    const again = await api.get('/training/expiring?state=expires_soon');
    expect(again.json.items).toMatchObject([
      { userId: olle.userId, courseId: social.id, state: 'expires_soon', validUntil: '2026-04-20' },
    ]);
    await setNotice(60);
  });
});

describe('courses', () => {
  it('may be added and changed only by those who manage the settings', async () => {
    expect((await managerClient.get('/training/courses')).status).toBe(200);
    expect((await managerClient.get('/training/courses/new')).status).toBe(403);
    expect((await managerClient.post('/training/courses', { name: 'Nej' })).status).toBe(403);
    expect((await managerClient.get(`/training/courses/${social.id}/edit`)).status).toBe(403);
    expect((await managerClient.get(`/training/courses/${social.id}`)).status).toBe(200);
    const managerApi = await t.api(await makeUser(t.db, t.clock, [['communicator', org.root]]));
    expect((await managerApi.post('/courses', { name: 'Nej' })).status).toBe(403);

    const created = await adminClient.post('/training/courses', {
      name: 'Krishantering',
      validityMonths: '',
      required: '1',
      active: '1',
    });
    expect(created.status).toBe(303);
    const id = idFromLocation(created, '/training/courses');
    expect((await auditRows(t.db, 'course.create', id)).length).toBe(1);
    const page = await (await adminClient.get(`/training/courses/${id}`)).text();
    expect(page).toContain('Går inte ut');
    // Unticked boxes: no longer required, inactive.
    const changed = await adminClient.post(`/training/courses/${id}`, {
      name: 'Krishantering',
      validityMonths: '12',
    });
    expect(changed.status).toBe(303);
    const [update] = await auditRows(t.db, 'course.update', id);
    expect(JSON.parse(update!.after_json!)).toEqual({
      validityMonths: 12,
      required: false,
      active: false,
    });
  });

  it('refuses a taken name and a bad validity, keeping the values', async () => {
    const before = await countRows(t.db, 'courses');
    const res = await adminClient.post('/training/courses', {
      name: 'sociala medier i offentlig verksamhet',
      validityMonths: '12',
      required: '1',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Det finns redan en kurs med det namnet.');
    const months = await adminClient.post('/training/courses', {
      name: 'Ny kurs',
      validityMonths: 'tolv',
    });
    const html = await months.text();
    expect(html).toContain('Ange ett heltal.');
    expect(html).toContain('value="tolv"');
    expect(await countRows(t.db, 'courses')).toBe(before);
  });
});

describe('recording completions', () => {
  it('needs training.manage for the person: an account’s unit, home unit, or anywhere without accounts', async () => {
    const input = (userId: number) => ({
      userId: String(userId),
      courseId: String(access.id),
      completedOn: '2026-03-01',
    });
    expect((await olleClient.get('/training/completions/new')).status).toBe(403);
    expect((await olleClient.post('/training/completions', input(olle.userId))).status).toBe(403);
    expect((await managerClient.post('/training/completions', input(lisa.userId))).status).toBe(
      403,
    );
    expect((await managerClient.post('/training/completions', input(nils.userId))).status).toBe(
      303,
    );
    expect((await managerClient.post('/training/completions', input(olle.userId))).status).toBe(
      303,
    );
    const overview = await (await managerClient.get('/training')).text();
    expect(overview).not.toContain('Tillgänglighet i sociala medier</td>');
  });

  it('refuses a day in the future, keeping the values', async () => {
    const before = await countRows(t.db, 'training_completions');
    const res = await managerClient.post('/training/completions', {
      userId: String(olle.userId),
      courseId: String(social.id),
      completedOn: '2026-03-11',
      note: 'Kvällskurs',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Dagen kan inte ligga i framtiden.');
    expect(html).toContain('value="2026-03-11"');
    expect(html).toContain('Kvällskurs');
    expect(await countRows(t.db, 'training_completions')).toBe(before);
  });

  it('shows a person’s record to themselves and removes a wrong completion', async () => {
    const own = await olleClient.get(`/training/people/${olle.userId}`);
    expect(own.status).toBe(200);
    const html = await own.text();
    expect(html).toContain('Går snart ut');
    expect(html).toContain('Inte genomförd');
    expect((await olleClient.get(`/training/people/${lisa.userId}`)).status).toBe(403);
    const wrong = await addCompletion(t.db, t.clock, social, olle.userId, '2026-03-02');
    expect((await olleClient.post(`/training/completions/${wrong}/delete`, {})).status).toBe(403);
    expect((await managerClient.get(`/training/completions/${wrong}/delete`)).status).toBe(200);
    const removed = await managerClient.post(`/training/completions/${wrong}/delete`, {});
    expect(removed.status).toBe(303);
    expect((await auditRows(t.db, 'training.delete', wrong)).length).toBe(1);
  });
});

describe('the API', () => {
  it('lists and changes courses, records, lists and removes completions', async () => {
    const api = await t.api(org.admin);
    const courses = await api.get('/courses?active=1');
    expect(courses.json.items.map((c: { name: string }) => c.name)).toContain('GDPR');
    const patched = await api.patch(`/courses/${access.id}`, { description: 'Grundkurs' });
    expect(patched.json.description).toBe('Grundkurs');
    const recorded = await api.post('/training/completions', {
      userId: lisa.userId,
      courseId: social.id,
      completedOn: '2025-01-31',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.json.validUntil).toBe('2027-01-31');
    const listed = await api.get(`/training/completions?user=${lisa.userId}`);
    expect(listed.json.total).toBe(3);
    const expired = await api.get('/training/expiring?state=expired');
    expect(expired.json.items).toEqual([]);
    const removed = await api.call('DELETE', `/training/completions/${recorded.json.id}`);
    expect(removed.json).toEqual({ id: recorded.json.id, deleted: true });
    const future = await api.post('/training/completions', {
      userId: lisa.userId,
      courseId: social.id,
      completedOn: '2027-01-01',
    });
    expect(future.status).toBe(400);
    const olleApi = await t.api(olle);
    const mine = await olleApi.get('/training/completions');
    expect(mine.json.items.every((c: { userId: number }) => c.userId === olle.userId)).toBe(true);
  });
});
