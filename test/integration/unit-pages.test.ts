import { beforeAll, describe, expect, it } from 'vitest';
import { changeAccountStatus } from '../../src/accounts/change-account-status.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Unit } from '../../src/units/unit.js';
import { makeAccount, makeUnit, makeUser } from '../support/factories.js';
import {
  auditRows as auditOf,
  countRows,
  expectLinksInOrder,
  idFromLocation,
} from '../support/checks.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation();
let committee: Unit;
let manager: Actor;
let communicator: Actor;

beforeAll(async () => {
  committee = await makeUnit(t.db, t.clock, org.root, 'Kulturnämnden', 'committee');
  manager = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], {
    name: 'Maja Chef',
    email: 'maja@exempel.se',
  });
  communicator = await makeUser(t.db, t.clock, [['communicator', org.school]], {
    name: 'Kim Kommunikatör',
    email: 'kim@exempel.se',
  });
});

const unitRow = (id: number) =>
  t.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const auditRows = (action: string, objectId: number) => auditOf(t.db, action, objectId);
const idFrom = (res: Response) => idFromLocation(res, '/units');

describe('the organisation tree', () => {
  it('lists every unit in tree order with its kind, contacts, open accounts and status', async () => {
    await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.get('/units');
    expect(res.status).toBe(200);
    const html = await res.text();
    const order = [
      'Exempelstads kommun',
      'Kulturförvaltningen',
      'Biblioteket',
      'Kulturnämnden',
      'Utbildningsförvaltningen',
      'Ekbackens skola',
    ];
    expectLinksInOrder(html, order);
    expect(html).toContain('class="depth-2"');
    expect(html).toContain('<td>Förvaltning</td>');
    expect(html).toContain('Maja Chef');
    expect(html).toContain('Kim Kommunikatör');
    expect(html).toContain(`href="/accounts?unit=${org.ekbacken.id}">1</a>`);
    expect(html).toContain('Ny enhet');
  });

  it('filters the tree by name', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const html = await (await b.get('/units?q=bibliot')).text();
    expect(html).toContain('>Biblioteket</a>');
    expect(html).not.toContain('>Ekbackens skola</a>');
  });

  it('lets an administrator create a unit below a committee, rename, move and wind it up', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const form = await b.get(`/units/new?parent=${committee.id}`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain(`<option value="${committee.id}" selected="">`);

    const created = await b.post('/units', {
      name: 'Kulturskolan',
      kind: 'administration',
      parentId: String(committee.id),
      managerUserId: String(manager.userId),
      communicatorUserId: '',
    });
    expect(created.status).toBe(303);
    const id = idFrom(created);
    expect((await unitRow(id)).path).toBe(`${committee.path}${id}/`);
    expect(await auditRows('unit.create', id)).toHaveLength(1);
    const page = await (await b.get(`/units/${id}`)).text();
    expect(page).toContain('Enheten Kulturskolan är skapad.');
    expect(page).toContain(`<a href="/units/${committee.id}">Kulturnämnden</a>`);
    expect(page).toContain('Maja Chef');

    const renamed = await b.post(`/units/${id}`, {
      name: 'Kulturskolan Norr',
      kind: 'unit',
      managerUserId: String(manager.userId),
      communicatorUserId: String(communicator.userId),
    });
    expect(renamed.status).toBe(303);
    expect((await unitRow(id)).name).toBe('Kulturskolan Norr');
    expect(await auditRows('unit.update', id)).toHaveLength(1);

    // A subunit and an account go with the unit when it moves.
    const sub = await b.post('/units', { name: 'Ensemblen', kind: 'unit', parentId: String(id) });
    const subId = idFrom(sub);
    const account = await makeAccount(t.db, t.clock, org.admin, { id } as Unit);
    const moved = await b.post(`/units/${id}/move`, { parentId: String(org.culture.id) });
    expect(moved.status).toBe(303);
    expect((await unitRow(id)).path).toBe(`${org.culture.path}${id}/`);
    expect(await unitRow(subId)).toMatchObject({
      path: `${org.culture.path}${id}/${subId}/`,
      depth: org.culture.depth + 2,
    });
    const acc = await t.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(acc.unit_id).toBe(id);
    expect(await auditRows('unit.move', id)).toHaveLength(1);
    const movedPage = await (await b.get(`/units/${id}`)).text();
    expect(movedPage).toContain(`<a href="/units/${org.culture.id}">Kulturförvaltningen</a>`);

    // Winding up waits for the subunit and the open account.
    const refused = await b.post(`/units/${id}/deactivate`, {});
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Avveckla först enheterna under den här.');
    expect((await b.post(`/units/${subId}/deactivate`, {})).status).toBe(303);
    const stillOpen = await b.post(`/units/${id}/deactivate`, {});
    expect(stillOpen.status).toBe(409);
    const stillOpenHtml = await stillOpen.text();
    expect(stillOpenHtml).toContain('Enheten har 1 öppna konton. Flytta eller avsluta dem först.');
    expect(stillOpenHtml).toContain('<h1>Kulturskolan Norr</h1>');
    expect((await unitRow(id)).active).toBe(1);
    expect(await auditRows('unit.deactivate', id)).toHaveLength(0);

    await changeAccountStatus(t.db, t.clock, org.admin, account.id, {
      status: 'closed',
      reason: 'Nedlagt',
      effectiveOn: null,
    });
    const done = await b.post(`/units/${id}/deactivate`, {});
    expect(done.status).toBe(303);
    expect((await unitRow(id)).active).toBe(0);
    expect(await auditRows('unit.deactivate', id)).toHaveLength(1);
    expect(await (await b.get('/units')).text()).not.toContain('>Kulturskolan Norr</a>');
    const withInactive = await (await b.get('/units?inactive=include')).text();
    expect(withInactive).toContain('>Kulturskolan Norr</a>');
    expect(withInactive).toContain('Avvecklad');

    const back = await b.post(`/units/${id}/reactivate`, {});
    expect(back.status).toBe(303);
    expect(await auditRows('unit.reactivate', id)).toHaveLength(1);
  });

  it('shows the form again with the problem when the name is missing', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post('/units', {
      name: ' ',
      kind: 'unit',
      parentId: String(org.school.id),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#f-name"');
    expect(html).toContain('Fyll i fältet.');
  });

  it('refuses to move a unit below itself', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post(`/units/${org.school.id}/move`, { parentId: String(org.ekbacken.id) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('En enhet kan inte flyttas in under sig själv.');
  });

  it('answers not found for a unit that does not exist', async () => {
    const b = await t.signedIn('admin@exempel.se');
    expect((await b.get('/units/999999')).status).toBe(404);
    expect((await b.get('/units/abc')).status).toBe(404);
  });
});

describe('a unit manager', () => {
  it('sees only their own branch of the tree', async () => {
    const b = await t.signedIn('maja@exempel.se');
    const html = await (await b.get('/units')).text();
    expect(html).toContain('>Ekbackens skola</a>');
    expect(html).not.toContain('>Biblioteket</a>');
    expect(html).not.toContain('>Kulturförvaltningen</a>');
    expect(html).not.toContain('href="/units/new"');
    expect((await b.get(`/units/${org.ekbacken.id}`)).status).toBe(200);
    expect((await b.get(`/units/${org.library.id}`)).status).toBe(403);
  });

  it('may not create, edit, move or wind up units', async () => {
    const b = await t.signedIn('maja@exempel.se');
    const page = await (await b.get(`/units/${org.ekbacken.id}`)).text();
    expect(page).not.toContain(`/units/${org.ekbacken.id}/edit`);
    expect((await b.get('/units/new')).status).toBe(403);
    expect((await b.get(`/units/${org.ekbacken.id}/edit`)).status).toBe(403);
    expect((await b.get(`/units/${org.ekbacken.id}/move`)).status).toBe(403);
    const before = await countRows(t.db, 'units');
    expect(
      (await b.post('/units', { name: 'X', kind: 'unit', parentId: String(org.ekbacken.id) }))
        .status,
    ).toBe(403);
    expect((await b.post(`/units/${org.ekbacken.id}`, { name: 'Y', kind: 'unit' })).status).toBe(
      403,
    );
    expect(
      (await b.post(`/units/${org.ekbacken.id}/move`, { parentId: String(org.culture.id) })).status,
    ).toBe(403);
    expect((await b.post(`/units/${org.ekbacken.id}/deactivate`, {})).status).toBe(403);
    expect(await countRows(t.db, 'units')).toBe(before);
    expect((await unitRow(org.ekbacken.id)).name).toBe('Ekbackens skola');
  });
});
