import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeAccount, makeUnit, makeUser } from '../support/factories.js';
import { addAccountPerson, addExternalContact } from '../support/people-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let manager: BrowserClient;
let managerActor: Actor;
let anna: Actor;

beforeAll(async () => {
  anna = await makeUser(t.db, t.clock, [], { name: 'Anna Andersson' });
  const bo = await makeUser(t.db, t.clock, [], { name: 'Bo Berg' });
  managerActor = await makeUser(t.db, t.clock, [['manager', org.school]], {
    email: 'chef@exempel.se',
  });
  await makeUser(t.db, t.clock, [['manager', org.culture]], { email: 'kultur@exempel.se' });
  const known = { credentialsLocation: 'password_manager' as const };
  const gym = await makeUnit(t.db, t.clock, org.school, 'Gymnasiet');
  const full = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Ekbacken Instagram',
    ...known,
  });
  await addAccountPerson(t.db, t.clock, full.id, anna.userId, 'owner');
  await addAccountPerson(t.db, t.clock, full.id, bo.userId, 'deputy');
  await addExternalContact(t.db, t.clock, full.id, {
    name: 'Dan Byrå',
    email: 'dan@byran.se',
    organisation: 'Byrån AB',
  });
  const half = await makeAccount(t.db, t.clock, org.admin, gym, {
    displayName: 'Gymnasiet Facebook',
    platform: 'facebook',
    ...known,
  });
  await addAccountPerson(t.db, t.clock, half.id, bo.userId, 'owner');
  await makeAccount(t.db, t.clock, org.admin, gym, {
    displayName: 'Gymnasiet TikTok',
    platform: 'tiktok',
    credentialsLocation: 'unknown',
  });
  await makeAccount(t.db, t.clock, org.admin, gym, {
    displayName: 'Gamla bloggen',
    status: 'closed',
  });
  await makeAccount(t.db, t.clock, org.admin, org.library, { displayName: 'Biblioteket' });
  manager = await t.signedIn('chef@exempel.se');
});

const names = (html: string) =>
  [...html.matchAll(/<a href="\/accounts\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);

describe('the unit overview', () => {
  it('is linked from the unit page', async () => {
    const html = await (await manager.get(`/units/${org.school.id}`)).text();
    expect(html).toContain(`href="/units/${org.school.id}/overview"`);
    expect(html).toContain('Ansvar och brister i Utbildningsförvaltningen');
  });

  it('lists the open accounts of the unit and below with people, gaps and counts', async () => {
    const res = await manager.get(`/units/${org.school.id}/overview`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(names(html)).toEqual(['Ekbacken Instagram', 'Gymnasiet Facebook', 'Gymnasiet TikTok']);
    expect(html).toContain('Anna Andersson');
    expect(html).toContain('Dan Byrå (Byrån AB)');
    expect(html).toContain('externa kontakter räknas inte');
    expect(html).toContain('För få ansvariga: 2');
    expect(html).toContain('Kontoansvarig saknas: 1');
    expect(html).toContain('Okänt var inloggningsuppgifterna finns: 1');
    expect(html).toContain('Någon brist: 2');
    expect(html).not.toContain('Biblioteket');
  });

  it('filters by gap, platform and status, and pages', async () => {
    const base = `/units/${org.school.id}/overview`;
    const list = async (q: string) => names(await (await manager.get(`${base}?${q}`)).text());
    expect(await list('gap=no_owner')).toEqual(['Gymnasiet TikTok']);
    expect(await list('gap=any')).toEqual(['Gymnasiet Facebook', 'Gymnasiet TikTok']);
    expect(await list('platform=facebook')).toEqual(['Gymnasiet Facebook']);
    expect(await list('status=closed')).toEqual(['Gamla bloggen']);
    expect(await list('status=all')).toHaveLength(4);
    const paged = await (await manager.get(`${base}?pageSize=2&page=2`)).text();
    expect(names(paged)).toEqual(['Gymnasiet TikTok']);
    expect(paged).toContain('Sida 2 av 2');
    // A filter it cannot read falls back to its default rather than failing the page.
    expect((await manager.get(`${base}?gap=nonsense`)).status).toBe(200);
  });

  it('is refused outside the actor’s units', async () => {
    const outsider = await t.signedIn('kultur@exempel.se');
    expect((await outsider.get(`/units/${org.school.id}/overview`)).status).toBe(403);
    expect((await outsider.get(`/units/${org.library.id}/overview`)).status).toBe(200);
    expect((await outsider.get('/units/999999/overview')).status).toBe(404);
  });

  it('answers the same through the API', async () => {
    const api = await t.api(managerActor);
    const res = await api.get(`/units/${org.school.id}/overview?gap=too_few_people`);
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(2);
    expect(res.json.gapCounts).toMatchObject({ any: 2, too_few_people: 2, no_owner: 1 });
    expect(res.json.items[0].owner.name).toBe('Bo Berg');
    expect(res.json.items[0].gaps).toEqual(['too_few_people']);
    expect((await api.get(`/units/${org.library.id}/overview`)).status).toBe(403);
    expect((await api.get(`/units/${org.school.id}/overview?gap=x`)).status).toBe(400);
  });
});
