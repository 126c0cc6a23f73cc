import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { ROLES, type Actor, type Role } from '../../src/platform/auth/policy.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { countRows } from '../support/checks.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Every role is held at Ekbackens skola only; everything below lies outside it.
const { t, org } = useTestOrganisation();
let inside: Account;
let outside: Account;
let adminAssignment: number;
const people = new Map<Role, { actor: Actor; browser: BrowserClient }>();

beforeAll(async () => {
  inside = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Ekbackens konto',
  });
  outside = await makeAccount(t.db, t.clock, org.admin, org.library, {
    displayName: 'Bibliotekets konto',
  });
  adminAssignment = (
    await t.db
      .selectFrom('role_assignments')
      .select('id')
      .where('user_id', '=', org.admin.userId)
      .executeTakeFirstOrThrow()
  ).id;
  for (const role of ROLES) {
    const actor = await makeUser(t.db, t.clock, [[role, org.ekbacken]], {
      email: `${role}.ekbacken@exempel.se`,
    });
    people.set(role, { actor, browser: await t.signedIn(`${role}.ekbacken@exempel.se`) });
  }
});

const outsideReads = () => [
  `/accounts/${outside.id}`,
  `/accounts/${outside.id}/edit`,
  `/units/${org.library.id}`,
  `/units/${org.library.id}/edit`,
  `/units/${org.library.id}/move`,
  `/users/${org.admin.userId}`,
  `/users/${org.admin.userId}/edit`,
  '/platforms/facebook/edit',
  '/audit-trail?verify=1',
];
const outsideWrites = (): { path: string; form: Record<string, string> }[] => [
  { path: `/accounts/${outside.id}`, form: { displayName: 'Kapat' } },
  { path: `/accounts/${outside.id}/status`, form: { status: 'closed', reason: 'Kapat' } },
  {
    path: '/accounts',
    form: {
      platform: 'x',
      handle: 'kapat',
      displayName: 'Kapat',
      unitId: String(org.library.id),
      type: 'official',
    },
  },
  { path: '/units', form: { name: 'Kapad', kind: 'unit', parentId: String(org.library.id) } },
  { path: `/units/${org.library.id}`, form: { name: 'Kapad', kind: 'unit' } },
  { path: `/units/${org.library.id}/move`, form: { parentId: String(org.ekbacken.id) } },
  { path: `/units/${org.library.id}/deactivate`, form: {} },
  { path: '/users', form: { name: 'Kapad', email: 'kapad@exempel.se', locale: 'sv' } },
  {
    path: `/users/${org.admin.userId}`,
    form: { name: 'Kapad', email: 'admin@exempel.se', locale: 'sv' },
  },
  { path: `/users/${org.admin.userId}/deactivate`, form: {} },
  {
    path: `/users/${org.admin.userId}/roles`,
    form: { role: 'reader', unitId: String(org.library.id) },
  },
  { path: `/users/${org.admin.userId}/roles/${adminAssignment}/delete`, form: {} },
  { path: '/platforms', form: { key: 'kapad', name: 'Kapad', hosts: '' } },
  { path: '/platforms/facebook', form: { name: 'Kapad', hosts: '' } },
  { path: '/platforms/facebook/disable', form: {} },
];
// Pages that act on the whole organisation: only administrators of its top unit.
const organisationWide = ['/users/new', '/platforms', '/platforms/new'];

describe.each(ROLES)('a %s of one school', (role) => {
  it('cannot open anything outside the school', async () => {
    const { browser } = people.get(role)!;
    for (const path of outsideReads())
      expect([path, (await browser.get(path)).status]).toEqual([path, 403]);
  });

  it('cannot change anything outside the school, and nothing is written', async () => {
    const { browser } = people.get(role)!;
    const before = await countRows(t.db, 'audit_events');
    for (const { path, form } of outsideWrites()) {
      expect([path, (await browser.post(path, form)).status]).toEqual([path, 403]);
    }
    expect(await countRows(t.db, 'audit_events')).toBe(before);
    const account = await t.db
      .selectFrom('accounts')
      .select(['display_name', 'status'])
      .where('id', '=', outside.id)
      .executeTakeFirstOrThrow();
    expect(account).toEqual({ display_name: 'Bibliotekets konto', status: 'active' });
  });

  it('cannot give itself a role outside the school', async () => {
    const { actor, browser } = people.get(role)!;
    const res = await browser.post(`/users/${actor.userId}/roles`, {
      role: 'admin',
      unitId: String(org.root.id),
    });
    expect(res.status).toBe(403);
    const roles = await t.db
      .selectFrom('role_assignments')
      .select('unit_id')
      .where('user_id', '=', actor.userId)
      .execute();
    expect(roles.map((r) => r.unit_id)).toEqual([org.ekbacken.id]);
  });

  it('does not see outside accounts or units in the lists', async () => {
    const { browser } = people.get(role)!;
    const accounts = await (await browser.get('/accounts?pageSize=200')).text();
    expect(accounts).toContain('Ekbackens konto');
    expect(accounts).not.toContain('Bibliotekets konto');
    const units = await browser.get('/units');
    expect(units.status).toBe(200);
    expect(await units.text()).not.toContain('Biblioteket');
  });

  it('cannot reach the organisation-wide pages', async () => {
    const { browser } = people.get(role)!;
    for (const path of organisationWide)
      expect([path, (await browser.get(path)).status]).toEqual([path, 403]);
    const audit = await browser.get('/audit-trail');
    expect(audit.status).toBe(role === 'admin' ? 200 : 403);
    if (role === 'admin') expect(await audit.text()).not.toContain('Bibliotekets konto');
  });

  it('cannot read or change outside accounts through the API', async () => {
    const api = await t.api(people.get(role)!.actor);
    expect((await api.get(`/accounts/${outside.id}`)).status).toBe(403);
    expect((await api.get(`/accounts/${outside.id}/history`)).status).toBe(403);
    expect((await api.patch(`/accounts/${outside.id}`, { notes: 'x' })).status).toBe(403);
    expect(
      (await api.post(`/accounts/${outside.id}/status`, { status: 'gone', reason: 'x' })).status,
    ).toBe(403);
    const list = await api.get('/accounts?pageSize=500');
    const ids = list.json.items.map((a: Account) => a.id);
    expect(ids).toContain(inside.id);
    expect(ids).not.toContain(outside.id);
    expect(list.json.items.every((a: Account) => a.unitId === org.ekbacken.id)).toBe(true);
    const units = await api.get('/units');
    const unitIds = units.json.items.map((u: { id: number }) => u.id);
    expect(unitIds).toContain(org.ekbacken.id);
    for (const other of [org.root, org.school, org.culture, org.library])
      expect(unitIds).not.toContain(other.id);
  });

  it('may do inside the school exactly what the role allows', async () => {
    const { browser } = people.get(role)!;
    expect((await browser.get(`/accounts/${inside.id}`)).status).toBe(200);
    const mayEdit = ['admin', 'communicator', 'manager', 'owner'].includes(role);
    const edit = await browser.post(`/accounts/${inside.id}`, {
      displayName: `Ekbackens konto`,
      notes: `ändrad av ${role}`,
      unitId: String(org.ekbacken.id),
      type: 'official',
      version: String(
        (
          await t.db
            .selectFrom('accounts')
            .select('version')
            .where('id', '=', inside.id)
            .executeTakeFirstOrThrow()
        ).version,
      ),
    });
    expect(edit.status).toBe(mayEdit ? 303 : 403);
    const create = await browser.post('/accounts', {
      platform: 'youtube',
      handle: `ekbacken-${role}`,
      displayName: `Ekbacken ${role}`,
      unitId: String(org.ekbacken.id),
      type: 'official',
    });
    expect(create.status).toBe(['admin', 'communicator', 'manager'].includes(role) ? 303 : 403);
    const newUnit = await browser.post('/units', {
      name: `Ny ${role}`,
      kind: 'unit',
      parentId: String(org.ekbacken.id),
    });
    expect(newUnit.status).toBe(role === 'admin' ? 303 : 403);
  });
});

describe('an administrator of the whole municipality', () => {
  it('reaches every page', async () => {
    const admin = await t.signedIn('admin@exempel.se');
    for (const path of [
      ...outsideReads(),
      ...organisationWide,
      '/users',
      '/audit-trail',
      '/units/new',
      '/accounts/new',
      '/profile',
    ]) {
      expect([path, (await admin.get(path)).status]).toEqual([path, 200]);
    }
  });
});
