import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t } = useTestOrganisation();

describe('signing in', () => {
  it('sends a visitor who is not signed in to the sign-in page and back afterwards', async () => {
    const b = t.browser();
    const res = await b.get('/accounts?status=active');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Faccounts%3Fstatus%3Dactive');
    const signIn = await b.post('/sign-in', {
      email: 'ADMIN@exempel.se ',
      password: TEST_PASSWORD,
      next: '/accounts?status=active',
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/accounts?status=active');
    expect(b.cookie('kk_session')).toBeTruthy();
    const home = await b.get('/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Välkommen, Ada Admin');
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and Secure only over TLS', async () => {
    const b = t.browser();
    await b.get('/sign-in');
    const res = await b.post('/sign-in', { email: 'admin@exempel.se', password: TEST_PASSWORD });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kk_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const tls = await t.app.request('https://kanalkoll.example/sign-in');
    expect(tls.headers.getSetCookie().join()).toMatch(/Secure/);
  });

  it('answers a wrong password with a message in the form, in Swedish by default', async () => {
    const res = await t.browser().post('/sign-in', { email: 'admin@exempel.se', password: 'fel' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Fel e-postadress eller lösenord.');
    expect(html).toContain('value="admin@exempel.se"');
  });

  it('speaks English to a browser that prefers it before sign-in', async () => {
    const b = t.browser();
    b.lang = 'en-GB,en;q=0.9';
    const res = await b.post('/sign-in', { email: 'admin@exempel.se', password: 'wrong' });
    expect(await res.text()).toContain('Wrong e-mail address or password.');
  });

  it('locks an address out after five failures in fifteen minutes', async () => {
    const b = t.browser();
    for (let i = 0; i < 5; i++)
      await b.post('/sign-in', { email: 'locked@exempel.se', password: 'x' });
    const res = await b.post('/sign-in', { email: 'locked@exempel.se', password: 'x' });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('För många försök');
    t.clock.advance(16 * 60_000);
    const later = await b.post('/sign-in', { email: 'locked@exempel.se', password: 'x' });
    expect(later.status).toBe(400);
  });

  it('refuses a form without its token', async () => {
    const res = await t
      .browser()
      .post('/sign-in', { email: 'admin@exempel.se', password: TEST_PASSWORD }, { csrf: null });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Formuläret hade gått ut');
  });

  it('signs out and the old session no longer works', async () => {
    const b = await t.signedIn('admin@exempel.se');
    const session = b.cookie('kk_session');
    const res = await b.post('/sign-out', {});
    expect(res.status).toBe(303);
    const again = t.browser();
    const replay = await t.app.request('/', { headers: { cookie: `kk_session=${session}` } });
    expect(replay.status).toBe(303);
    expect(again).toBeTruthy();
  });
});
