import { describe, expect, it } from 'vitest';
import { makeAccount, makeUser, TEST_PASSWORD } from '../support/factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation();

describe('bad input never crashes and never leads astray', () => {
  it('never redirects away from the site after signing in or changing language', async () => {
    for (const next of [
      '/\t/evil.example',
      '//evil.example',
      '/\\evil.example',
      '/\n/evil.example',
      'https://evil.example',
    ]) {
      const b = t.browser();
      const res = await b.post('/sign-in', {
        email: 'admin@exempel.se',
        password: TEST_PASSWORD,
        next,
      });
      expect([next, res.status, res.headers.get('location')]).toEqual([next, 303, '/']);
      const lang = await t.browser().post('/language', { locale: 'en', back: next });
      expect([next, lang.headers.get('location')]).toEqual([next, '/']);
    }
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.get('/sign-in?next=%2F%09%2Fevil.example');
    expect(res.headers.get('location')).toBe('/');
    const ok = await b.post('/language', { locale: 'sv', back: '/accounts?q=a#x' });
    expect(ok.headers.get('location')).toBe('/accounts?q=a#x');
  });

  it('answers ids beyond the database’s range as unknown, not as a failure', async () => {
    const b = await t.signedIn('admin@exempel.se');
    for (const path of [
      '/units/3000000000',
      '/users/3000000000',
      '/accounts/99999999999',
      '/accounts/0x10',
      '/accounts/1e2',
    ])
      expect([path, (await b.get(path)).status]).toEqual([path, 404]);
    expect((await b.get('/accounts?unit=3000000000')).status).toBe(200);
    const api = await t.api(org.admin);
    expect((await api.get('/accounts/3000000000')).status).toBe(400);
    const created = await api.post('/accounts', {
      platform: 'x',
      handle: 'storid',
      displayName: 'Stort id',
      unitId: 3000000000,
      type: 'official',
    });
    expect(created.status).toBe(400);
    expect(created.json.error.fields[0].path).toEqual(['unitId']);
  });

  it('drops NUL characters instead of failing on them', async () => {
    const b = t.browser();
    const res = await b.post('/sign-in', { email: 'a\u0000b@exempel.se', password: 'x' });
    expect(res.status).toBe(400);
    const signedIn = await t.signedIn('admin@exempel.se');
    expect((await signedIn.get('/accounts?q=%00')).status).toBe(400);
    const api = await t.api(org.admin);
    const created = await api.post('/accounts', {
      platform: 'x',
      handle: 'nul',
      displayName: 'Med\u0000NUL',
      unitId: org.library.id,
      type: 'official',
    });
    expect(created.status).toBe(201);
    expect(created.json.displayName).toBe('MedNUL');
  });

  it('refuses malformed and oversized bodies with a clear answer', async () => {
    const broken = await t.app.request('/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data' },
      body: 'nonsense',
    });
    expect(broken.status).toBe(403);
    const huge = await t.app.request('/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${'a'.repeat(2 * 1024 * 1024)}`,
    });
    expect(huge.status).toBe(400);
    const api = await t.api(org.admin);
    const big = await api.post('/accounts', { notes: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(400);
    expect(big.json.error.fields[0].message).toBe('Det som skickades är för stort (högst 1 MB).');
  });

  it('sends headers that forbid framing, sniffing and caching of pages', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.get('/accounts');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await t.app.request('/static/app.css')).headers.get('cache-control')).toContain(
      'max-age',
    );
  });
});

describe('guards that hold under pressure', () => {
  it('locks out parallel guesses at one address', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.browser().post('/sign-in', { email: 'parallel@exempel.se', password: 'fel' }),
      ),
    );
    const locked = guesses.filter((r) => r.status === 429).length;
    expect(locked).toBeGreaterThanOrEqual(14);
  });

  it('does not let an administrator of a unit take it away from its parent', async () => {
    await makeUser(
      t.db,
      t.clock,
      [
        ['admin', org.ekbacken],
        ['admin', org.culture],
      ],
      {
        email: 'tva.enheter@exempel.se',
      },
    );
    const b = await t.signedIn('tva.enheter@exempel.se');
    const res = await b.post(`/units/${org.ekbacken.id}/move`, {
      parentId: String(org.culture.id),
    });
    expect(res.status).toBe(403);
    const unit = await t.db
      .selectFrom('units')
      .select('parent_id')
      .where('id', '=', org.ekbacken.id)
      .executeTakeFirstOrThrow();
    expect(unit.parent_id).toBe(org.school.id);
  });

  it('refuses a status change made on an outdated page', async () => {
    const account = await makeAccount(t.db, t.clock, org.admin, org.library);
    const b = await t.signedIn('admin@exempel.se');
    await b.get(`/accounts/${account.id}`);
    const first = await b.post(`/accounts/${account.id}/status`, {
      status: 'inactive',
      reason: 'A',
      version: '1',
    });
    expect(first.status).toBe(303);
    const second = await b.post(`/accounts/${account.id}/status`, {
      status: 'closed',
      reason: 'B',
      version: '1',
    });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('Någon annan har ändrat posten');
    const api = await t.api(org.admin);
    const stale = await api.post(`/accounts/${account.id}/status`, {
      status: 'gone',
      reason: 'C',
      version: 1,
    });
    expect(stale.status).toBe(409);
  });

  it('keeps a second manager when the unit’s form changes its first', async () => {
    const first = await makeUser(t.db, t.clock, [['manager', org.library]], { name: 'Första' });
    const second = await makeUser(t.db, t.clock, [['manager', org.library]], { name: 'Andra' });
    const third = await makeUser(t.db, t.clock, [], { name: 'Tredje' });
    const b = await t.signedIn('admin@exempel.se');
    const res = await b.post(`/units/${org.library.id}`, {
      name: 'Biblioteket',
      kind: 'unit',
      managerUserId: String(third.userId),
      communicatorUserId: '',
    });
    expect(res.status).toBe(303);
    const managers = await t.db
      .selectFrom('role_assignments')
      .select('user_id')
      .where('unit_id', '=', org.library.id)
      .where('role', '=', 'manager')
      .orderBy('user_id')
      .execute();
    expect(managers.map((m) => m.user_id)).toEqual([second.userId, third.userId]);
    expect(first.userId).not.toBe(third.userId);
    const roleEvents = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'in', ['role.assign', 'role.remove'])
      .execute();
    expect(roleEvents.map((e) => e.action).sort()).toEqual(['role.assign', 'role.remove']);
  });

  it('does not name a duplicate that lies outside the person’s units', async () => {
    await makeAccount(t.db, t.clock, org.admin, org.library, {
      platform: 'tiktok',
      handle: 'hemligt',
      displayName: 'Bibliotekets hemliga konto',
    });
    const manager = await makeUser(t.db, t.clock, [['manager', org.ekbacken]]);
    const api = await t.api(manager);
    const res = await api.post('/accounts', {
      platform: 'tiktok',
      handle: 'Hemligt',
      displayName: 'Försök',
      unitId: org.ekbacken.id,
      type: 'official',
    });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('duplicate_account');
    expect(JSON.stringify(res.json)).not.toContain('hemliga');
  });
});
