import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCalendarFeed } from '../../src/calendar-feeds/create-calendar-feed.js';
import { deleteCalendarFeed } from '../../src/calendar-feeds/delete-calendar-feed.js';
import { icsRoutes } from '../../src/calendar-feeds/ics-routes.js';
import { regenerateCalendarFeed } from '../../src/calendar-feeds/regenerate-calendar-feed.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { loadEnv } from '../../src/platform/env.js';
import type { AppDeps, AppEnv } from '../../src/platform/http/context.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let owner: Actor;

const get = (token: string, headers: Record<string, string> = {}) =>
  t.browser().request(`/calendar/${token}.ics`, { headers });
// Each anonymous visitor gets a form token of their own; the rest of a page is the same.
const withoutFormTokens = (html: string) => html.replace(/value="[^"]{30,}"/g, 'value=""');

beforeAll(async () => {
  owner = await makeUser(t.db, t.clock, [['owner', org.school]], { name: 'Olle Ägare' });
  const account = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Klass 7B – ”Åäö” 🎒; med, tecken\\ och en mycket lång rad som måste vikas',
    type: 'teaching',
    endDate: '2026-06-12',
  });
  await addAccountPerson(t.db, t.clock, account.id, owner.userId, 'owner');
});

describe('fetching a feed by its secret address', () => {
  it('answers text/calendar, shown inline, with an ETag that spares an unchanged download', async () => {
    const { token } = await createCalendarFeed(t.db, t.clock, owner, null);
    const res = await get(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="kanalkoll.ics"');
    expect(res.headers.get('cache-control')).toBe('private, max-age=900');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await get(token, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get(token, { 'if-none-match': '"something-else"' })).status).toBe(200);
    const head = await t.browser().request(`/calendar/${token}.ics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
  });

  it('writes every line within 75 octets, ended by CRLF', async () => {
    const { token } = await createCalendarFeed(t.db, t.clock, owner, org.ekbacken.id);
    const text = await (await get(token)).text();
    expect(text).toContain('Klass 7B – ”Åäö” 🎒\\; med\\, tecken\\\\ och');
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
    }
  });

  it('answers 404 alike for an unknown, a malformed and a removed address', async () => {
    const person = await makeUser(t.db, t.clock, [['owner', org.school]]);
    const { id, token } = await createCalendarFeed(t.db, t.clock, person, null);
    await deleteCalendarFeed(t.db, t.clock, person, id);
    const removed = await get(token);
    const unknown = await get('A'.repeat(43));
    const malformed = await t.browser().get('/calendar/kort.ics');
    expect([removed.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
    expect(withoutFormTokens(await removed.text())).toBe(withoutFormTokens(await unknown.text()));
  });

  it('stops answering at the old address once regenerated, and answers at the new one', async () => {
    const person = await makeUser(t.db, t.clock, [['owner', org.school]]);
    const first = await createCalendarFeed(t.db, t.clock, person, null);
    const second = await regenerateCalendarFeed(t.db, t.clock, person, first.id);
    expect((await get(first.token)).status).toBe(404);
    expect((await get(second.token)).status).toBe(200);
  });

  it('stops answering when its person is deactivated', async () => {
    const person = await makeUser(t.db, t.clock, [['owner', org.school]]);
    const { token } = await createCalendarFeed(t.db, t.clock, person, null);
    expect((await get(token)).status).toBe(200);
    await t.db.updateTable('users').set({ active: 0 }).where('id', '=', person.userId).execute();
    expect((await get(token)).status).toBe(404);
  });

  it('notes when it was last fetched, at most once an hour', async () => {
    const person = await makeUser(t.db, t.clock, [['owner', org.school]]);
    const { id, token } = await createCalendarFeed(t.db, t.clock, person, null);
    const lastUsed = async () =>
      (
        await t.db
          .selectFrom('calendar_feeds')
          .select('last_used_at')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).last_used_at;
    expect(await lastUsed()).toBeNull();
    await get(token);
    const first = await lastUsed();
    expect(first).toBe(t.clock.now().toISOString());
    t.clock.advance(30 * 60_000);
    await get(token);
    expect(await lastUsed()).toBe(first);
    t.clock.advance(31 * 60_000);
    await get(token);
    expect(await lastUsed()).toBe(t.clock.now().toISOString());
  });

  it('asks calendars to keep it privately for a short while', async () => {
    const { token } = await createCalendarFeed(
      t.db,
      t.clock,
      await makeUser(t.db, t.clock, [['owner', org.school]]),
      null,
    );
    // The feed route on its own, without the headers every page of the application gets.
    const app = new Hono<AppEnv>();
    const deps = { db: t.db, clock: t.clock, env: loadEnv({ LOG_LEVEL: 'silent' }) };
    app.use((c, next) => {
      c.set('deps', deps as unknown as AppDeps);
      return next();
    });
    app.route('/calendar', icsRoutes());
    const res = await app.request(`/calendar/${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, max-age=900');
  });
});
