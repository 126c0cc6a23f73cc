import { describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../support/factories.js';
import { auditRows } from '../support/checks.js';
import { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation();

const NEW_PASSWORD = 'ett helt nytt långt lösenord';

describe('my profile', () => {
  it('shows my name, e-mail address and roles with their units', async () => {
    await makeUser(
      t.db,
      t.clock,
      [
        ['owner', org.ekbacken],
        ['reader', org.culture],
      ],
      { name: 'Olle Ägare', email: 'olle@exempel.se' },
    );
    const b = await t.signedIn('olle@exempel.se');
    const res = await b.get('/profile');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Mitt konto</h1>');
    expect(html).toContain('Olle Ägare');
    expect(html).toContain('olle@exempel.se');
    expect(html).toMatch(/<td>Kontoansvarig<\/td><td>Ekbackens skola<\/td>/);
    expect(html).toMatch(/<td>Läsare<\/td><td>Kulturförvaltningen<\/td>/);
  });

  it('keeps the language I choose, also in later sessions', async () => {
    const user = await makeUser(t.db, t.clock, [['reader', org.root]], {
      email: 'sprak@exempel.se',
    });
    const b = await t.signedIn(user.email);
    const res = await b.post('/profile/language', { locale: 'en' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/profile');
    const next = await (await b.get('/profile')).text();
    expect(next).toContain('<html lang="en">');
    expect(next).toContain('<h1>My profile</h1>');
    expect(next).toContain('The language is changed.');
    const row = await t.db
      .selectFrom('users')
      .select('locale')
      .where('id', '=', user.userId)
      .executeTakeFirstOrThrow();
    expect(row.locale).toBe('en');
    const [audit] = await auditRows(t.db, 'user.locale', user.userId);
    expect(JSON.parse(audit!.after_json!)).toEqual({ locale: 'en' });
    const later = await t.signedIn(user.email);
    expect(await (await later.get('/')).text()).toContain('<html lang="en">');
  });
});

describe('changing my own password', () => {
  it('refuses a wrong current password and a short new one, next to the fields', async () => {
    const user = await makeUser(t.db, t.clock, [], { email: 'fel@exempel.se' });
    const b = await t.signedIn(user.email);
    const wrong = await b.post('/profile/password', {
      currentPassword: 'inte rätt alls',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    const html = await wrong.text();
    expect(html).toContain('Det nuvarande lösenordet stämmer inte.');
    expect(html).toContain('href="#f-currentPassword"');
    expect(html).not.toContain(NEW_PASSWORD);
    const short = await b.post('/profile/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'kort',
    });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('href="#f-newPassword"');
    const res = await t.browser().post('/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(303);
  });

  it('changes it, ends my other sessions but keeps this one, and logs it without the password', async () => {
    const user = await makeUser(t.db, t.clock, [], { email: 'byt@exempel.se' });
    const other = await t.signedIn(user.email);
    const b = await t.signedIn(user.email);
    const res = await b.post('/profile/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.status).toBe(303);
    const page = await b.get('/profile');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Lösenordet är bytt.');
    const ended = await other.get('/profile');
    expect(ended.status).toBe(303);
    expect(ended.headers.get('location')).toMatch(/^\/sign-in/);
    const old = await t.browser().post('/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(old.status).toBe(400);
    const fresh = await t.browser().post('/sign-in', { email: user.email, password: NEW_PASSWORD });
    expect(fresh.status).toBe(303);
    const audit = await auditRows(t.db, 'user.password', user.userId);
    expect(audit).toHaveLength(1);
    const row = JSON.stringify(audit[0]);
    expect(row).not.toContain(NEW_PASSWORD);
    expect(row).not.toContain(TEST_PASSWORD);
    expect(row).not.toContain('argon2');
  });
});

describe('my API tokens', () => {
  it('shows a new token once, stores only its hash, and it works until I revoke it', async () => {
    const user = await makeUser(t.db, t.clock, [['reader', org.root]], { email: 'api@exempel.se' });
    const b = await t.signedIn(user.email);
    const res = await b.post('/profile/tokens', { name: 'Intranätet' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const secret = /value="(kk_[A-Za-z0-9_-]{20,})"/.exec(html)?.[1];
    expect(secret).toBeTruthy();
    expect(html).toContain('Kopiera den nu');
    expect(html).toContain('href="/api/v1/openapi.json"');
    expect(html).toContain(`Authorization: Bearer ${secret}`);
    expect(res.headers.getSetCookie().join()).not.toContain(secret!);

    const stored = await t.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', user.userId)
      .execute();
    expect(stored).toHaveLength(1);
    const everything = JSON.stringify([
      stored,
      await t.db.selectFrom('audit_events').selectAll().execute(),
    ]);
    expect(everything).not.toContain(secret!);
    expect(stored[0]!.prefix).toBe(secret!.slice(0, 9));

    const page = await (await b.get('/profile')).text();
    expect(page).not.toContain(secret!);
    expect(page).toContain(`<code>${secret!.slice(0, 9)}…</code>`);
    expect(page).toContain('aria-label="Återkalla nyckeln Intranätet"');

    const api = new ApiClient(t.app, secret!);
    const ok = await api.get('/accounts');
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveProperty('items');

    const revoke = await b.post(`/profile/tokens/${stored[0]!.id}/revoke`, {});
    expect(revoke.status).toBe(303);
    expect(await (await b.get('/profile')).text()).toContain('Nyckeln Intranätet är återkallad.');
    const refused = await api.get('/accounts');
    expect(refused.status).toBe(401);
    expect(refused.json.error).toMatchObject({ code: 'unauthenticated' });
    expect(typeof refused.json.error.message).toBe('string');
    const actions = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_type', '=', 'api_token')
      .where('object_id', '=', String(stored[0]!.id))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['api_token.create', 'api_token.revoke']);
  });

  it("will not revoke someone else's token", async () => {
    const owner = await makeUser(t.db, t.clock, [['reader', org.root]], {
      email: 'egen@exempel.se',
    });
    const api = await t.api(owner);
    const token = await t.db
      .selectFrom('api_tokens')
      .select('id')
      .where('user_id', '=', owner.userId)
      .executeTakeFirstOrThrow();
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post(`/profile/tokens/${token.id}/revoke`, {});
    expect(res.status).toBe(404);
    expect((await b.post('/profile/tokens/abc/revoke', {})).status).toBe(404);
    expect((await api.get('/accounts')).status).toBe(200);
  });

  it('asks for a name before creating a token', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post('/profile/tokens', { name: '  ' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#f-name"');
    expect(html).not.toMatch(/value="kk_/);
  });
});
