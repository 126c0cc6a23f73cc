import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { createApiToken } from '../../src/api-tokens/create-api-token.js';
import { flagRotationAfterLeaving } from '../../src/credentials/flag-rotation.js';
import type { Actor, Role } from '../../src/platform/auth/policy.js';
import { makeAccount, makeUser, TEST_PASSWORD } from '../support/factories.js';
import {
  addAccountPerson,
  leaksSecret,
  SECRETS,
  storeSecrets,
} from '../support/credentials-factories.js';
import { auditRows } from '../support/checks.js';
import { ApiClient, type BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let account: Account;
let other: Account;
const people: Record<string, Actor> = {};

beforeAll(async () => {
  account = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Ekbacken på Instagram',
  });
  other = await makeAccount(t.db, t.clock, org.admin, org.library, { displayName: 'Biblioteket' });
  const grant = async (key: string, role: Role, unit = org.school) => {
    people[key] = await makeUser(t.db, t.clock, [[role, unit]], {
      email: `${key.toLowerCase()}@exempel.se`,
      name: key,
    });
  };
  await grant('communicator', 'communicator');
  await grant('manager', 'manager');
  await grant('ownerRole', 'owner', org.ekbacken);
  await grant('auditor', 'auditor', org.root);
  await grant('reader', 'reader', org.root);
  await grant('adminElsewhere', 'admin', org.culture);
  await grant('accountOwner', 'reader', org.ekbacken);
  people.deputy = await makeUser(t.db, t.clock, [], {
    email: 'deputy@exempel.se',
    name: 'Dag Deputy',
  });
  await grant('departed', 'reader', org.ekbacken);
  await grant('moved', 'reader', org.ekbacken);
  await addAccountPerson(t.db, t.clock, account.id, people.accountOwner!.userId, 'owner');
  await addAccountPerson(t.db, t.clock, account.id, people.deputy.userId, 'deputy');
  await addAccountPerson(t.db, t.clock, account.id, people.departed!.userId, 'deputy', 'departed');
  await addAccountPerson(t.db, t.clock, account.id, people.moved!.userId, 'deputy', 'moved');
  // Someone else's deputy does not see this account's login.
  await addAccountPerson(t.db, t.clock, other.id, people.reader!.userId, 'deputy');
  await storeSecrets(t.db, t.clock, t.keyring, org.admin.userId, account.id);
});

const reveal = (b: BrowserClient, id = account.id, fields: Record<string, string> = {}) =>
  b.post(`/accounts/${id}/credentials/reveal`, fields);

describe('who may reveal a stored login', () => {
  const cases: [string, boolean][] = [
    ['admin', true],
    ['accountOwner', true],
    ['deputy', true],
    ['communicator', false],
    ['manager', false],
    ['ownerRole', false],
    ['auditor', false],
    ['reader', false],
    ['adminElsewhere', false],
    ['departed', false],
    ['moved', false],
  ];
  for (const [who, allowed] of cases) {
    it(`${who}: ${allowed ? 'may' : 'may not'}`, async () => {
      const email = who === 'admin' ? 'admin@exempel.se' : `${who.toLowerCase()}@exempel.se`;
      const b = await t.signedIn(email);
      const res = await reveal(b);
      expect(res.status).toBe(allowed ? 200 : 403);
      const html = await res.text();
      expect(html.includes(SECRETS.password)).toBe(allowed);
      const copy = await b.post(`/accounts/${account.id}/credentials/copy`, { field: 'password' });
      expect(copy.status).toBe(allowed ? 200 : 403);
    });
  }

  it('a deactivated owner can no longer sign in or use a token', async () => {
    const gone = await makeUser(t.db, t.clock, [], { email: 'gone@exempel.se' });
    await addAccountPerson(t.db, t.clock, account.id, gone.userId, 'owner' as never).catch(() =>
      addAccountPerson(t.db, t.clock, account.id, gone.userId, 'deputy'),
    );
    const { secret } = await createApiToken(t.db, t.clock, gone, 'x', ['credentials:reveal']);
    await t.db.updateTable('users').set({ active: 0 }).where('id', '=', gone.userId).execute();
    const api = new ApiClient(t.app, secret);
    expect((await api.post(`/accounts/${account.id}/credentials/reveal`, {})).status).toBe(401);
    const b = t.browser();
    expect(
      (await b.post('/sign-in', { email: 'gone@exempel.se', password: TEST_PASSWORD })).status,
    ).toBe(400);
  });

  it('logs each reveal and copy with the fields shown, never their values', async () => {
    const rows = await auditRows(t.db, 'credential.reveal', account.id);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const copies = await auditRows(t.db, 'credential.copy', account.id);
    expect(JSON.parse(copies[0]!.after_json!)).toEqual({ fields: ['password'], via: 'web' });
    for (const r of [...rows, ...copies]) {
      expect(r.object_type).toBe('credential');
      expect(r.unit_id).toBe(org.ekbacken.id);
      expect(leaksSecret(JSON.stringify(r))).toBeNull();
    }
  });
});

describe('confirming the password first', () => {
  it('sends a stale session to confirm its password, refuses a wrong one, then reveals', async () => {
    const b = await t.signedIn('deputy@exempel.se');
    t.clock.advance(6 * 60_000);
    const res = await reveal(b, account.id, { field: 'password' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/accounts/${account.id}/credentials/confirm`);
    const copy = await b.post(`/accounts/${account.id}/credentials/copy`, { field: 'password' });
    expect(copy.status).toBe(403);
    const refusal = (await copy.json()) as { error: { code: string; confirmUrl: string } };
    expect(refusal.error.code).toBe('reauth_required');
    expect(refusal.error.confirmUrl).toBe(`/accounts/${account.id}/credentials/confirm`);

    const page = await b.get(`/accounts/${account.id}/credentials/confirm`);
    expect(await page.text()).toContain('Bekräfta ditt lösenord');
    const wrong = await b.post(`/accounts/${account.id}/credentials/confirm`, {
      password: 'fel',
      back: '',
    });
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain('Lösenordet stämmer inte.');
    expect(wrongHtml).not.toContain('value="fel"');
    const ok = await b.post(`/accounts/${account.id}/credentials/confirm`, {
      password: TEST_PASSWORD,
      back: `/accounts/${account.id}/credentials`,
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/accounts/${account.id}/credentials`);
    const shown = await reveal(b, account.id, { field: 'password' });
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    const html = await shown.text();
    expect(html).toContain(SECRETS.password);
    expect(html).not.toContain(SECRETS.username);
    const copied = await b.post(`/accounts/${account.id}/credentials/copy`, { field: 'username' });
    expect(await copied.json()).toEqual({ value: SECRETS.username });
  });

  it('limits password guesses like sign-in does', async () => {
    const b = await t.signedIn('accountowner@exempel.se');
    let last = 0;
    for (let i = 0; i < 7; i++)
      last = (await b.post(`/accounts/${account.id}/credentials/confirm`, { password: 'fel' }))
        .status;
    expect(last).toBe(429);
  });

  it('never reveals on a GET', async () => {
    const b = await t.signedIn('admin@exempel.se');
    expect((await b.get(`/accounts/${account.id}/credentials/reveal`)).status).toBe(404);
  });
});

describe('storing and changing the login through the pages', () => {
  it('stores a login, which points the account at the vault with its history', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post(`/accounts/${other.id}/credentials/vault`, {
      username: 'bibblan',
      password: 'Bibbla-Lösen-1',
      rotationMonths: '',
    });
    expect(res.status).toBe(303);
    const row = await t.db
      .selectFrom('accounts')
      .select('credentials_location')
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(row.credentials_location).toBe('vault');
    const history = await t.db
      .selectFrom('account_history')
      .selectAll()
      .where('account_id', '=', other.id)
      .where('field', '=', 'credentialsLocation')
      .execute();
    expect(history.map((h) => h.new_value).at(-1)).toBe('vault');
    const [audit] = await auditRows(t.db, 'credential.store', other.id);
    expect(JSON.parse(audit!.after_json!)).toEqual({
      fields: ['username', 'password'],
      cleared: [],
      rotationMonths: null,
    });
    const page = await (await b.get(`/accounts/${other.id}`)).text();
    expect(page).toContain('Sparat i Kanalkolls valv: användarnamn, lösenord.');
    expect(page).not.toContain('Bibbla-Lösen-1');
    expect(page).not.toContain('bibblan');
  });

  it('keeps a blank field, removes a ticked one, and shows the form without secrets', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const form = await (await b.get(`/accounts/${other.id}/credentials`)).text();
    expect(form).not.toContain('bibblan');
    expect(form).toContain('Sparat. Lämna tomt för att behålla.');
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    const res = await b.post(`/accounts/${other.id}/credentials/vault`, {
      notes: 'Ny anteckning',
      clearUsername: 'on',
      rotationMonths: '6',
      version,
    });
    expect(res.status).toBe(303);
    const shown = await (await reveal(b, other.id)).text();
    expect(shown).toContain('Bibbla-Lösen-1');
    expect(shown).toContain('Ny anteckning');
    expect(shown).not.toContain('bibblan');
    const stale = await b.post(`/accounts/${other.id}/credentials/vault`, { notes: 'x', version });
    expect(stale.status).toBe(409);
  });

  it('refuses an empty first store and bad interval, keeping no secret in the answer', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const third = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
    const empty = await b.post(`/accounts/${third.id}/credentials/vault`, { rotationMonths: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Fyll i minst en uppgift att spara.');
    const bad = await b.post(`/accounts/${third.id}/credentials/vault`, {
      password: 'Sekret-Ett-2',
      rotationMonths: 'tolv',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).not.toContain('Sekret-Ett-2');
    expect(html).toContain('value="tolv"');
  });

  it('only those who may see the login may store it', async () => {
    const b = await t.signedIn('communicator@exempel.se');
    const res = await b.post(`/accounts/${account.id}/credentials/vault`, {
      password: 'x-y-z-1234',
    });
    expect(res.status).toBe(403);
    const page = await (await b.get(`/accounts/${account.id}/credentials`)).text();
    expect(page).toContain('Bara kontots ägare, ersättare och administratörer kan spara');
  });

  it('deletes the record and names where the login is kept instead', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post(`/accounts/${other.id}/credentials/delete`, {
      newLocation: 'password_manager',
      newNote: 'Posten Biblioteket',
    });
    expect(res.status).toBe(303);
    expect(
      await t.db
        .selectFrom('account_credentials')
        .select('account_id')
        .where('account_id', '=', other.id)
        .executeTakeFirst(),
    ).toBeUndefined();
    const row = await t.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect([row.credentials_location, row.credentials_note]).toEqual([
      'password_manager',
      'Posten Biblioteket',
    ]);
    expect(await auditRows(t.db, 'credential.delete', other.id)).toHaveLength(1);
  });
});

describe('the pointer', () => {
  it('offers the vault only while it holds the login, and refuses contradictions', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const plain = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
    const edit = await (await b.get(`/accounts/${plain.id}/edit`)).text();
    expect(edit).not.toContain('value="vault"');
    const vaultEdit = await (await b.get(`/accounts/${account.id}/edit`)).text();
    expect(vaultEdit).toContain('value="vault"');

    const api = await t.api(org.admin);
    const toVault = await api.patch(`/accounts/${plain.id}`, { credentialsLocation: 'vault' });
    expect(toVault.status).toBe(400);
    expect(toVault.json.error.fields[0].message).toContain('Inget är sparat i valvet');
    const away = await api.patch(`/accounts/${account.id}`, {
      credentialsLocation: 'shared_mailbox',
    });
    expect(away.status).toBe(400);
    expect(away.json.error.fields[0].message).toContain('Ta bort dem ur valvet');

    const pointer = await b.post(`/accounts/${plain.id}/credentials/pointer`, {
      location: 'shared_mailbox',
      note: 'sociala@exempel.se',
    });
    expect(pointer.status).toBe(303);
    const put = await api.call('PUT', `/accounts/${plain.id}/credentials`, {
      location: 'business_manager',
      note: 'Meta',
    });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ location: 'business_manager', note: 'Meta', vault: null });
    const bad = await api.call('PUT', `/accounts/${account.id}/credentials`, {
      location: 'unknown',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields[0].path).toEqual(['location']);
  });
});

describe('the API', () => {
  it('shows what the vault holds, never the secrets', async () => {
    const api = await t.api(org.admin);
    const res = await api.get(`/accounts/${account.id}/credentials`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      accountId: account.id,
      location: 'vault',
      vault: {
        stored: { username: true, password: true, recoveryCodes: true, notes: true },
        rotateReason: null,
      },
      mayReveal: true,
    });
    expect(leaksSecret(JSON.stringify(res.json))).toBeNull();
  });

  it('reveals only with the scope and the right, logged like the page', async () => {
    const plain = await t.api(org.admin);
    const noScope = await plain.post(`/accounts/${account.id}/credentials/reveal`, {});
    expect(noScope.status).toBe(403);
    expect(noScope.json.error.code).toBe('scope_required');
    const { secret } = await createApiToken(t.db, t.clock, org.admin, 'valv', [
      'credentials:reveal',
    ]);
    const scoped = new ApiClient(t.app, secret);
    const res = await scoped.post(`/accounts/${account.id}/credentials/reveal`, {
      field: 'recoveryCodes',
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ accountId: account.id, recoveryCodes: SECRETS.recoveryCodes });
    const rows = await auditRows(t.db, 'credential.reveal', account.id);
    expect(JSON.parse(rows.at(-1)!.after_json!)).toEqual({ fields: ['recoveryCodes'], via: 'api' });
    const reader = await createApiToken(t.db, t.clock, people.reader!, 'r', ['credentials:reveal']);
    const refused = await new ApiClient(t.app, reader.secret).post(
      `/accounts/${account.id}/credentials/reveal`,
      {},
    );
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('forbidden');
  });

  it('names the scope in the token list', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const created = await b.post('/profile/tokens', {
      name: 'Valvläsare',
      credentialsReveal: 'on',
    });
    expect(created.status).toBe(201);
    const html = await (await b.get('/profile')).text();
    expect(html).toContain('<code>credentials:reveal</code>');
  });
});

describe('rotation', () => {
  it('flags the login when someone who could see it leaves, until the password changes', async () => {
    await t.db
      .transaction()
      .execute((tx) =>
        flagRotationAfterLeaving(
          tx,
          t.clock.now().toISOString(),
          people.deputy!.userId,
          'departed',
        ),
      );
    const b = await t.signedIn('admin@exempel.se');
    const page = await (await b.get(`/accounts/${account.id}`)).text();
    expect(page).toContain('Byt lösenordet.');
    expect(page).toContain('En person som kunde se inloggningsuppgifterna har slutat.');
    const api = await t.api(org.admin);
    expect((await api.get(`/accounts/${account.id}/credentials`)).json.vault.rotateReason).toBe(
      'departed',
    );
    t.clock.advance(86_400_000);
    await b.post(`/accounts/${account.id}/credentials/vault`, { password: 'Nytt-Lösen-2026' });
    const after = await (await b.get(`/accounts/${account.id}`)).text();
    expect(after).not.toContain('Byt lösenordet.');
    const meta = (await api.get(`/accounts/${account.id}/credentials`)).json.vault;
    expect(meta).toMatchObject({
      rotateReason: null,
      passwordChangedOn: '2026-03-11',
      rotationDueOn: '2027-03-11',
    });
  });

  it('says when the interval has run out', async () => {
    t.clock.advance(400 * 86_400_000);
    const b = await t.signedIn('admin@exempel.se');
    expect(await (await b.get(`/accounts/${account.id}`)).text()).toContain('(dags att byta)');
  });
});

describe('who saw it, when', () => {
  it('lists the newest events on the account page and every one, paged, on its own page', async () => {
    const b = await t.signedIn('reader@exempel.se');
    const page = await (await b.get(`/accounts/${account.id}`)).text();
    expect(page).toContain('Vem har sett eller ändrat uppgifterna');
    expect(page).toContain('Inloggningsuppgifter visade');
    expect(page).toMatch(/Alla \d+ händelser/);
    expect(page).not.toContain('Visa inloggningsuppgifterna');
    const all = await (await b.get(`/accounts/${account.id}/credentials/events`)).text();
    expect(all).toContain('Dag Deputy');
    expect(all).toContain('Inloggningsuppgift kopierad');
  });
});

describe('no secret leaks', () => {
  it('appears in no page, export or trail that did not ask to reveal it', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const paths = [
      `/accounts/${account.id}`,
      `/accounts/${account.id}/edit`,
      `/accounts/${account.id}/credentials`,
      `/accounts/${account.id}/credentials/confirm`,
      `/accounts/${account.id}/credentials/events`,
      '/accounts',
      '/audit-trail',
      `/audit-trail?objectType=credential`,
      '/profile',
    ];
    for (const path of paths) {
      const res = await b.get(path);
      expect(res.status, path).toBe(200);
      expect(leaksSecret(await res.text()), path).toBeNull();
    }
    const api = await t.api(org.admin);
    for (const path of [
      '/accounts',
      `/accounts/${account.id}`,
      `/accounts/${account.id}/history`,
      `/accounts/${account.id}/credentials`,
    ]) {
      const res = await api.get(path);
      expect(res.status, path).toBe(200);
      expect(leaksSecret(JSON.stringify(res.json)), path).toBeNull();
    }
    const trail = await t.db.selectFrom('audit_events').selectAll().execute();
    expect(leaksSecret(JSON.stringify(trail))).toBeNull();
    const history = await t.db.selectFrom('account_history').selectAll().execute();
    expect(leaksSecret(JSON.stringify(history))).toBeNull();
    const stored = await t.db.selectFrom('account_credentials').selectAll().execute();
    expect(leaksSecret(JSON.stringify(stored))).toBeNull();
  });
});
