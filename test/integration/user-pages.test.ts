import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeUser } from '../support/factories.js';
import { auditRows as auditOf, expectLinksInOrder, idFromLocation } from '../support/checks.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation();
let schoolAdmin: Actor;
let librarian: Actor;

beforeAll(async () => {
  schoolAdmin = await makeUser(t.db, t.clock, [['admin', org.school]], {
    name: 'Sara Skoladmin',
    email: 'sara@exempel.se',
  });
  librarian = await makeUser(t.db, t.clock, [['owner', org.library]], {
    name: 'Östen Bibliotekarie',
    email: 'osten@exempel.se',
  });
  await makeUser(t.db, t.clock, [['reader', org.ekbacken]], {
    name: 'Åsa Läsare',
    email: 'asa@exempel.se',
  });
  await makeUser(t.db, t.clock, [['owner', org.ekbacken]], {
    name: 'Zorro Kontoansvarig',
    email: 'zorro@exempel.se',
  });
});

const auditRows = (action: string, objectId: number) => auditOf(t.db, action, objectId);
const idFrom = (res: Response) => idFromLocation(res, '/users');
const rolesOf = (userId: number) =>
  t.db.selectFrom('role_assignments').selectAll().where('user_id', '=', userId).execute();

describe('users and roles', () => {
  it('lets an administrator create a user and give a role; the user then sees that subtree', async () => {
    const b = await t.signedIn('admin@exempel.se');
    expect((await b.get('/users/new')).status).toBe(200);
    const created = await b.post('/users', {
      name: 'Nora Ny',
      email: ' Nora@Exempel.se ',
      locale: 'sv',
      password: 'ett långt lösenord',
    });
    expect(created.status).toBe(303);
    const id = idFrom(created);
    expect(await auditRows('user.create', id)).toHaveLength(1);
    const page = await (await b.get(`/users/${id}`)).text();
    expect(page).toContain('Användaren Nora Ny är skapad.');
    expect(page).toContain('nora@exempel.se');
    expect(page).toContain('Inga roller ännu.');

    const given = await b.post(`/users/${id}/roles`, {
      role: 'manager',
      unitId: String(org.school.id),
    });
    expect(given.status).toBe(303);
    expect(await rolesOf(id)).toMatchObject([{ role: 'manager', unit_id: org.school.id }]);
    expect(await auditRows('role.assign', id)).toHaveLength(1);
    const withRole = await (await b.get(`/users/${id}`)).text();
    expect(withRole).toContain('aria-label="Ta bort rollen Chef på Utbildningsförvaltningen"');

    const nora = await t.signedIn('nora@exempel.se', 'ett långt lösenord');
    const tree = await (await nora.get('/units')).text();
    expect(tree).toContain('>Utbildningsförvaltningen</a>');
    expect(tree).toContain('>Ekbackens skola</a>');
    expect(tree).not.toContain('>Exempelstads kommun</a>');
    expect(tree).not.toContain('>Kulturförvaltningen</a>');
    expect(tree).not.toContain('>Biblioteket</a>');
    expect((await nora.get('/users')).status).toBe(403);
  });

  it('refuses an e-mail address that is already taken, next to the field', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post('/users', {
      name: 'Dubblett',
      email: 'SARA@exempel.se',
      locale: 'sv',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(
      '<a href="#f-email">E-postadressen används redan av en annan användare.</a>',
    );
    expect(html).toContain('id="e-email"');
    expect(html).toContain('value="Dubblett"');
    const edit = await b.post(`/users/${librarian.userId}`, {
      name: 'Östen Bibliotekarie',
      email: 'sara@exempel.se',
      locale: 'sv',
    });
    expect(edit.status).toBe(400);
    expect(await edit.text()).toContain('E-postadressen används redan');
  });

  it('asks for a password of at least 12 characters', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post('/users', {
      name: 'Kort',
      email: 'kort@exempel.se',
      password: 'kort',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Lösenordet måste vara minst 12 tecken.');
  });

  it('changes a user and records it', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post(`/users/${librarian.userId}`, {
      name: 'Östen Bibliotekarie',
      email: 'osten.b@exempel.se',
      locale: 'en',
      password: '',
    });
    expect(res.status).toBe(303);
    const row = await t.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', librarian.userId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: 'osten.b@exempel.se', locale: 'en' });
    expect(await auditRows('user.update', librarian.userId)).toHaveLength(1);
  });

  it('will not remove the last administrator of the whole organisation', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const [own] = await rolesOf(org.admin.userId);
    const res = await b.post(`/users/${org.admin.userId}/roles/${own!.id}/delete`, {});
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      'Det måste finnas minst en administratör för hela kommunen.',
    );
    expect(await rolesOf(org.admin.userId)).toHaveLength(1);
    expect(await auditRows('role.remove', org.admin.userId)).toHaveLength(0);

    // With a second administrator the role can go.
    const second = await makeUser(t.db, t.clock, [['admin', org.root]], {
      email: 'adam@exempel.se',
    });
    const [theirs] = await rolesOf(second.userId);
    const removed = await b.post(`/users/${second.userId}/roles/${theirs!.id}/delete`, {});
    expect(removed.status).toBe(303);
    expect(await rolesOf(second.userId)).toHaveLength(0);
    expect(await auditRows('role.remove', second.userId)).toHaveLength(1);
  });

  it('ends the sessions of a user who is deactivated, and refuses to deactivate oneself', async () => {
    const person = await makeUser(t.db, t.clock, [['reader', org.culture]], {
      name: 'Dag Avgår',
      email: 'dag@exempel.se',
    });
    const dag = await t.signedIn('dag@exempel.se');
    expect((await dag.get('/units')).status).toBe(200);

    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post(`/users/${person.userId}/deactivate`, {});
    expect(res.status).toBe(303);
    expect(await (await b.get(`/users/${person.userId}`)).text()).toContain(
      'Dag Avgår är inaktiverad och kan inte längre logga in.',
    );
    expect(await auditRows('user.deactivate', person.userId)).toHaveLength(1);
    const sessions = await t.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', person.userId)
      .execute();
    expect(sessions).toHaveLength(0);
    const next = await dag.get('/units');
    expect(next.status).toBe(303);
    expect(next.headers.get('location')).toBe('/sign-in?next=%2Funits');

    const self = await b.post(`/users/${org.admin.userId}/deactivate`, {});
    expect(self.status).toBe(409);
    expect(await self.text()).toContain('Du kan inte inaktivera dig själv.');

    expect((await b.post(`/users/${person.userId}/reactivate`, {})).status).toBe(303);
    expect(await auditRows('user.reactivate', person.userId)).toHaveLength(1);
  });

  it('lists users in Swedish order, filtered by text, role, unit and status, with paging', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const html = await (await b.get('/users')).text();
    const names = [
      'Ada Admin',
      'Sara Skoladmin',
      'Zorro Kontoansvarig',
      'Åsa Läsare',
      'Östen Bibliotekarie',
    ];
    expectLinksInOrder(html, names);
    expect(html).toContain('Läsare, Ekbackens skola');
    expect(html).toContain('aria-sort="ascending"');

    const desc = await (await b.get('/users?sort=-name')).text();
    expect(desc.indexOf('>Östen Bibliotekarie</a>')).toBeLessThan(desc.indexOf('>Ada Admin</a>'));

    const byText = await (await b.get('/users?q=%C3%A5sa')).text();
    expect(byText).toContain('>Åsa Läsare</a>');
    expect(byText).not.toContain('>Ada Admin</a>');
    const byEmail = await (await b.get('/users?q=zorro%40')).text();
    expect(byEmail).toContain('>Zorro Kontoansvarig</a>');
    expect(byEmail).not.toContain('>Åsa Läsare</a>');

    const byRole = await (await b.get('/users?role=owner')).text();
    expect(byRole).toContain('>Zorro Kontoansvarig</a>');
    expect(byRole).not.toContain('>Åsa Läsare</a>');

    const byUnit = await (await b.get(`/users?unit=${org.school.id}`)).text();
    expect(byUnit).toContain('>Sara Skoladmin</a>');
    expect(byUnit).toContain('>Zorro Kontoansvarig</a>');
    expect(byUnit).not.toContain('>Östen Bibliotekarie</a>');

    const inactive = await (await b.get('/users?status=inactive')).text();
    expect(inactive).toContain('Inga användare matchar.');

    const paged = await (await b.get('/users?pageSize=2&page=2')).text();
    expect(paged).toMatch(/Sida 2 av \d+/);
    expect(paged.match(/<tr><td><a href="\/users\/\d+">/g)).toHaveLength(2);
    expect(paged).not.toContain('>Ada Admin</a>');
    expect(paged).toContain('rel="next"');
    expect(paged).toContain('rel="prev"');
  });

  it('lets an administrator of one branch see and give roles only within it', async () => {
    const b = await t.signedIn('sara@exempel.se');
    const html = await (await b.get('/users')).text();
    expect(html).toContain('>Zorro Kontoansvarig</a>');
    expect(html).toContain('>Åsa Läsare</a>');
    expect(html).not.toContain('>Ada Admin</a>');
    expect(html).not.toContain('Östen Bibliotekarie</a>');
    expect(html).not.toContain('href="/users/new"');
    expect((await b.get('/users/new')).status).toBe(403);
    expect((await b.get(`/users/${librarian.userId}`)).status).toBe(403);

    const zorro = await t.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'zorro@exempel.se')
      .executeTakeFirstOrThrow();
    const page = await (await b.get(`/users/${zorro.id}`)).text();
    expect(page).not.toContain(`/users/${zorro.id}/edit`);
    expect(page).not.toContain(`<option value="${org.culture.id}"`);
    const ok = await b.post(`/users/${zorro.id}/roles`, {
      role: 'reader',
      unitId: String(org.ekbacken.id),
    });
    expect(ok.status).toBe(303);
    const outside = await b.post(`/users/${zorro.id}/roles`, {
      role: 'reader',
      unitId: String(org.culture.id),
    });
    expect(outside.status).toBe(403);
    expect((await b.post(`/users/${zorro.id}/deactivate`, {})).status).toBe(403);
    expect(schoolAdmin.userId).toBeGreaterThan(0);
  });

  it('shows the missing choices when a role is given without a unit', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post(`/users/${librarian.userId}/roles`, { role: '', unitId: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#f-role"');
    expect(html).toContain('href="#f-unitId"');
  });
});

describe('where a person works', () => {
  it('is chosen on the form, shown on the user page and list, and filters the list', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const form = await (await b.get('/users/new')).text();
    expect(form).toContain('<label for="f-homeUnitId">Arbetsplats');
    const created = await b.post('/users', {
      name: 'Vera Arbetsplats',
      email: 'vera@exempel.se',
      locale: 'sv',
      homeUnitId: String(org.library.id),
    });
    expect(created.status).toBe(303);
    const id = idFrom(created);
    const [row] = await auditRows('user.create', id);
    expect(JSON.parse(row!.after_json!)).toMatchObject({ homeUnitId: org.library.id });
    const page = await (await b.get(`/users/${id}`)).text();
    expect(page).toMatch(/<dt>Arbetsplats<\/dt><dd>Biblioteket<\/dd>/);
    expect(page).toContain('Personen ansvarar inte för något konto som du kan se.');
    const edit = await (await b.get(`/users/${id}/edit`)).text();
    expect(edit).toMatch(new RegExp(`<option value="${org.library.id}" selected`));

    const listed = await (await b.get(`/users?status=all&home=${org.culture.id}`)).text();
    expect(listed).toContain('>Vera Arbetsplats</a>');
    expect(listed).not.toContain('>Åsa Läsare</a>');
    expect(listed).toContain('<td>Biblioteket</td>');
  });

  it('must be an active unit, and the choice is kept on error', async () => {
    const b = await t.signedIn('admin@exempel.se');
    await t.db.updateTable('units').set({ active: 0 }).where('id', '=', org.culture.id).execute();
    try {
      const res = await b.post('/users', {
        name: 'Ulf Fel',
        email: 'ulf@exempel.se',
        locale: 'sv',
        homeUnitId: String(org.culture.id),
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Välj en aktiv enhet.');
      expect(html).toContain('value="Ulf Fel"');
      const odd = await b.post('/users', {
        name: 'Ulf Fel',
        email: 'ulf@exempel.se',
        locale: 'sv',
        homeUnitId: 'x',
      });
      expect(odd.status).toBe(400);
      expect(await odd.text()).toContain('href="#f-homeUnitId"');
    } finally {
      await t.db.updateTable('units').set({ active: 1 }).where('id', '=', org.culture.id).execute();
    }
  });
});
