import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { auditRows, countRows, idFromLocation } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 2026-03-10 in Stockholm.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let olle: Actor;
let dana: Actor;
let mixed: Actor;
let accountIds: number[];
let olleClient: BrowserClient;
let managerClient: BrowserClient;
let cultureClient: BrowserClient;

beforeAll(async () => {
  olle = await makeUser(t.db, t.clock, [], { name: 'Olle Ägare', email: 'olle@exempel.se' });
  dana = await makeUser(t.db, t.clock, [], { name: 'Dana Deputy', email: 'dana@exempel.se' });
  mixed = await makeUser(t.db, t.clock, [], { name: 'Mix Blandad', email: 'mix@exempel.se' });
  await makeUser(t.db, t.clock, [['manager', org.school]], { email: 'chef@exempel.se' });
  await makeUser(t.db, t.clock, [['manager', org.culture]], { email: 'kultur@exempel.se' });
  const first = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Alfa' });
  const second = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Beta' });
  const library = await makeAccount(t.db, t.clock, org.admin, org.library, { displayName: 'Bok' });
  accountIds = [first.id, second.id];
  await addAccountPerson(t.db, t.clock, first.id, olle.userId, 'owner');
  await addAccountPerson(t.db, t.clock, second.id, olle.userId, 'deputy');
  await addAccountPerson(t.db, t.clock, first.id, dana.userId, 'deputy');
  await addAccountPerson(t.db, t.clock, library.id, mixed.userId, 'owner');
  await addAccountPerson(t.db, t.clock, second.id, mixed.userId, 'owner');
  olleClient = await t.signedIn('olle@exempel.se');
  managerClient = await t.signedIn('chef@exempel.se');
  cultureClient = await t.signedIn('kultur@exempel.se');
});

const covers = (values: (number | string)[]) =>
  Object.fromEntries(
    values.flatMap((v, i) => [
      [`covers.${i}.accountId`, String(accountIds[i])],
      [`covers.${i}.coverUserId`, String(v)],
    ]),
  );

async function recordOwn(startsOn: string, endsOn: string): Promise<number> {
  const res = await olleClient.post('/absences', {
    userId: String(olle.userId),
    startsOn,
    endsOn,
    note: 'Semester',
  });
  expect(res.status).toBe(303);
  return idFromLocation(res, '/absences');
}

describe('recording an absence and naming cover', () => {
  it('flags the accounts without cover until cover is named for each', async () => {
    const id = await recordOwn('2026-03-09', '2026-03-20');
    expect((await auditRows(t.db, 'absence.create', id)).length).toBe(1);
    let page = await (await olleClient.get(`/absences/${id}`)).text();
    expect(page).toContain('2 av 2 konton saknar ersättare under frånvaron.');
    expect(page).toContain('Utan ersättare');
    let list = await (await olleClient.get('/absences?uncovered=1')).text();
    expect(list).toContain('0 av 2 konton har ersättare');
    expect(list).toContain(`href="/absences/${id}"`);

    const half = await olleClient.post(`/absences/${id}/covers`, covers([dana.userId, '']));
    expect(half.status).toBe(303);
    page = await (await olleClient.get(`/absences/${id}`)).text();
    expect(page).toContain('1 av 2 konton saknar ersättare under frånvaron.');
    expect(page).toContain('Dana Deputy');

    const all = await olleClient.post(`/absences/${id}/covers`, covers([dana.userId, dana.userId]));
    expect(all.status).toBe(303);
    page = await (await olleClient.get(`/absences/${id}`)).text();
    expect(page).toContain('Alla konton har ersättare under frånvaron.');
    list = await (await olleClient.get('/absences')).text();
    expect(list).toContain('2 av 2 konton har ersättare');
    expect(await (await olleClient.get('/absences?uncovered=1')).text()).not.toContain(
      `href="/absences/${id}"`,
    );
    const rows = await auditRows(t.db, 'absence.covers', id);
    expect(rows.length).toBe(2);
    expect(JSON.parse(rows[1]!.after_json!)).toEqual({
      [accountIds[0]!]: dana.userId,
      [accountIds[1]!]: dana.userId,
    });
  });

  it('refuses the absent person as their own cover, keeping what was chosen', async () => {
    const id = await recordOwn('2026-04-01', '2026-04-03');
    const before = await countRows(t.db, 'absence_covers');
    const res = await olleClient.post(`/absences/${id}/covers`, covers([dana.userId, olle.userId]));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Den som är frånvarande kan inte vara sin egen ersättare.');
    expect(html).toContain('href="#f-covers.1.coverUserId"');
    expect(html).toMatch(new RegExp(`<option value="${dana.userId}" selected`));
    expect(await countRows(t.db, 'absence_covers')).toBe(before);
  });

  it('refuses a last day before the first, in Swedish and English, keeping the values', async () => {
    const before = await countRows(t.db, 'absences');
    const res = await olleClient.post('/absences', {
      userId: String(olle.userId),
      startsOn: '2026-05-20',
      endsOn: '2026-05-10',
      note: 'Fel ordning',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Slutdatumet kan inte vara före startdatumet.');
    expect(html).toContain('value="2026-05-20"');
    expect(html).toContain('Fel ordning');
    await makeUser(t.db, t.clock, [], { email: 'eng@exempel.se', locale: 'en' });
    const english = await t.signedIn('eng@exempel.se');
    const res2 = await english.post('/absences', { startsOn: '2026-05-20', endsOn: '2026-05-10' });
    expect(await res2.text()).toContain('The last day cannot come before the first.');
    const empty = await olleClient.post('/absences', { startsOn: '', endsOn: 'igår' });
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('Fyll i fältet.');
    expect(emptyHtml).toContain('Ange ett datum som ÅÅÅÅ-MM-DD.');
    expect(await countRows(t.db, 'absences')).toBe(before);
  });

  it('changes the dates and removes the absence after confirmation, with audit rows', async () => {
    const id = await recordOwn('2026-06-01', '2026-06-05');
    const bad = await olleClient.post(`/absences/${id}`, { startsOn: '2026-06-10' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Slutdatumet kan inte vara före startdatumet.');
    const ok = await olleClient.post(`/absences/${id}`, {
      startsOn: '2026-06-02',
      endsOn: '2026-06-12',
    });
    expect(ok.status).toBe(303);
    const [update] = await auditRows(t.db, 'absence.update', id);
    expect(JSON.parse(update!.after_json!)).toEqual({
      startsOn: '2026-06-02',
      endsOn: '2026-06-12',
    });
    expect((await olleClient.get(`/absences/${id}/delete`)).status).toBe(200);
    const removed = await olleClient.post(`/absences/${id}/delete`, {});
    expect(removed.status).toBe(303);
    expect((await olleClient.get(`/absences/${id}`)).status).toBe(404);
    expect((await auditRows(t.db, 'absence.delete', id)).length).toBe(1);
  });
});

describe('the absence list', () => {
  it('filters by period and person', async () => {
    const names = async (client: BrowserClient, path: string) =>
      [...(await (await client.get(path)).text()).matchAll(/href="\/absences\/(\d+)"/g)].length;
    expect(await names(olleClient, '/absences?period=current')).toBe(1);
    expect(await names(olleClient, '/absences?period=upcoming')).toBe(1);
    expect(await names(olleClient, '/absences?period=past')).toBe(0);
    expect(await names(managerClient, '/absences?q=olle')).toBe(2);
    expect(await names(managerClient, '/absences?q=dana')).toBe(0);
    expect(await names(managerClient, '/absences?mine=1')).toBe(0);
    expect(await names(cultureClient, '/absences')).toBe(0);
  });
});

describe('who may record and change absences', () => {
  it('lets a person record only their own unless they manage the other', async () => {
    const own = await olleClient.post('/absences', {
      userId: String(dana.userId),
      startsOn: '2026-07-01',
      endsOn: '2026-07-02',
    });
    expect(own.status).toBe(403);
    const forOlle = await managerClient.post('/absences', {
      userId: String(olle.userId),
      startsOn: '2026-07-01',
      endsOn: '2026-07-02',
    });
    expect(forOlle.status).toBe(303);
    const id = idFromLocation(forOlle, '/absences');
    expect((await cultureClient.get(`/absences/${id}`)).status).toBe(403);
    expect((await cultureClient.post(`/absences/${id}/delete`, {})).status).toBe(403);
  });

  it('needs the manager at every account’s unit, or at the home unit', async () => {
    const input = { userId: String(mixed.userId), startsOn: '2026-07-01', endsOn: '2026-07-02' };
    expect((await managerClient.post('/absences', input)).status).toBe(403);
    expect((await cultureClient.post('/absences', input)).status).toBe(403);
    await t.db
      .updateTable('users')
      .set({ home_unit_id: org.school.id })
      .where('id', '=', mixed.userId)
      .execute();
    expect((await managerClient.post('/absences', input)).status).toBe(303);
  });
});

describe('the API', () => {
  it('records an absence, names cover, changes and removes it', async () => {
    const api = await t.api(olle);
    const created = await api.post('/absences', { startsOn: '2026-08-01', endsOn: '2026-08-10' });
    expect(created.status).toBe(201);
    expect(created.json.userId).toBe(olle.userId);
    const id = created.json.id as number;
    const bad = await api.call('PUT', `/absences/${id}/covers`, {
      covers: [{ accountId: accountIds[0], coverUserId: olle.userId }],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields[0].path).toEqual(['covers', 0, 'coverUserId']);
    const set = await api.call('PUT', `/absences/${id}/covers`, {
      covers: [{ accountId: accountIds[0], coverUserId: dana.userId }],
    });
    expect(set.status).toBe(200);
    const covered = (set.json.accounts as { coverUserId: number | null }[]).map(
      (a) => a.coverUserId,
    );
    expect(covered).toEqual([dana.userId, null]);
    const list = await api.get('/absences?period=upcoming&uncovered=1');
    expect(list.json.items.map((a: { id: number }) => a.id)).toContain(id);
    const item = list.json.items.find((a: { id: number }) => a.id === id);
    expect([item.covered, item.accounts]).toEqual([1, 2]);
    const backwards = await api.patch(`/absences/${id}`, { endsOn: '2026-07-01' });
    expect(backwards.status).toBe(400);
    const moved = await api.patch(`/absences/${id}`, { endsOn: '2026-08-12' });
    expect(moved.json.endsOn).toBe('2026-08-12');
    expect((await t.api(dana).then((d) => d.get(`/absences/${id}`))).status).toBe(200);
    expect((await t.api(mixed).then((m) => m.get(`/absences/${id}`))).status).toBe(403);
    const removed = await api.call('DELETE', `/absences/${id}`);
    expect(removed.json).toEqual({ id, deleted: true });
    expect((await api.get(`/absences/${id}`)).status).toBe(404);
  });
});
