import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../support/factories.js';
import { auditRows } from '../support/checks.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let pages: BrowserClient;
let ownerId: number;

const FEED_URL = /http:\/\/localhost:3000\/calendar\/([A-Za-z0-9_-]{43})\.ics/;
const tokenIn = (html: string) => FEED_URL.exec(html)?.[1] ?? '';
const fetchFeed = (token: string) => t.browser().get(`/calendar/${token}.ics`);
const feedIds = async () =>
  (
    await t.db
      .selectFrom('calendar_feeds')
      .select(['id', 'unit_id'])
      .where('user_id', '=', ownerId)
      .where('revoked_at', 'is', null)
      .orderBy('id')
      .execute()
  ).map((f) => ({ id: f.id, unitId: f.unit_id }));

beforeAll(async () => {
  const owner = await makeUser(t.db, t.clock, [['owner', org.school]], {
    name: 'Olle Ägare',
    email: 'olle@exempel.se',
  });
  ownerId = owner.userId;
  pages = await t.signedIn('olle@exempel.se');
});

describe('the calendar subscriptions page', () => {
  it('needs a signed-in person', async () => {
    const res = await t.browser().get('/feeds');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Ffeeds');
  });

  it('offers the person’s own calendar and those of the units whose accounts they may read', async () => {
    const html = await (await pages.get('/feeds')).text();
    expect(html).toContain('Du har inga kalenderprenumerationer ännu.');
    expect(html).toContain('Skapa min kalender');
    expect(html).toContain(`<option value="${org.school.id}">Utbildningsförvaltningen</option>`);
    expect(html).toContain('Ekbackens skola</option>');
    expect(html).not.toContain('Kulturförvaltningen');
    expect(html).not.toContain('Biblioteket');
  });

  it('shows a new calendar’s address once, with how to subscribe in Outlook and Google Calendar', async () => {
    const res = await pages.post('/feeds/personal', {});
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const token = tokenIn(html);
    expect(html).toContain(`value="http://localhost:3000/calendar/${token}.ics"`);
    expect(html).toContain('Lägg till kalender → Från internet');
    expect(html).toContain('Andra kalendrar, välj Från webbadress');
    expect(html).toContain('Kopiera adressen');
    expect((await fetchFeed(token)).status).toBe(200);
    const [feed] = await feedIds();
    expect(await auditRows(t.db, 'calendar_feed.create', feed!.id)).toHaveLength(1);

    const list = await (await pages.get('/feeds')).text();
    expect(list).not.toContain(token);
    expect(list).toContain(`<code>${token.slice(0, 6)}…</code>`);
    expect(list).toContain('Min kalender');
    expect(list).toContain('Du har redan en egen kalender');
  });

  it('leads a reload of a form’s address back to the page', async () => {
    for (const path of ['/feeds/personal', '/feeds/units']) {
      const res = await pages.get(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/feeds');
    }
  });

  it('refuses a second calendar of one’s own, and explains why', async () => {
    const res = await pages.post('/feeds/personal', {});
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      'Du har redan en egen kalender. Skapa en ny adress för den i stället.',
    );
  });

  it('makes a unit’s calendar, and refuses a unit that is not chosen or not the person’s to read', async () => {
    const none = await pages.post('/feeds/units', { unitId: '' });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Välj en enhet i listan.');
    const foreign = await pages.post('/feeds/units', { unitId: String(org.culture.id) });
    expect(foreign.status).toBe(403);
    const res = await pages.post('/feeds/units', { unitId: String(org.ekbacken.id) });
    expect(res.status).toBe(201);
    const token = tokenIn(await res.text());
    const ics = await (await fetchFeed(token)).text();
    expect(ics).toContain('X-WR-CALNAME:Kanalkoll: Ekbackens skola');
    const again = await pages.post('/feeds/units', { unitId: String(org.ekbacken.id) });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Du har redan en kalender för Ekbackens skola.');
  });

  it('gives a calendar a new address after asking, and the old address stops working', async () => {
    const personal = (await feedIds()).find((f) => f.unitId === null)!;
    const confirm = await (await pages.get(`/feeds/${personal.id}/regenerate`)).text();
    expect(confirm).toContain('Den gamla adressen slutar fungera direkt');
    const res = await pages.post(`/feeds/${personal.id}/regenerate`, {});
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Kalendern har fått en ny adress.');
    const fresh = tokenIn(html);
    expect((await fetchFeed(fresh)).status).toBe(200);
    const replaced = (await feedIds()).find((f) => f.unitId === null)!;
    expect(replaced.id).not.toBe(personal.id);
    expect(await auditRows(t.db, 'calendar_feed.regenerate', replaced.id)).toHaveLength(1);
    expect((await pages.post(`/feeds/${personal.id}/regenerate`, {})).status).toBe(404);
  });

  it('removes a calendar after asking, and its address stops answering', async () => {
    const unit = (await feedIds()).find((f) => f.unitId === org.ekbacken.id)!;
    const regenerated = await pages.post(`/feeds/${unit.id}/regenerate`, {});
    const token = tokenIn(await regenerated.text());
    const current = (await feedIds()).find((f) => f.unitId === org.ekbacken.id)!;
    expect(await (await pages.get(`/feeds/${current.id}/delete`)).text()).toContain(
      'Kalendern ”Ekbackens skola” tas bort.',
    );
    const res = await pages.post(`/feeds/${current.id}/delete`, {});
    expect(res.status).toBe(303);
    expect(await (await pages.get('/feeds')).text()).toContain(
      'Kalendern ”Ekbackens skola” är borttagen.',
    );
    expect((await fetchFeed(token)).status).toBe(404);
    expect(await auditRows(t.db, 'calendar_feed.delete', current.id)).toHaveLength(1);
  });

  it('keeps one person’s calendars out of another’s reach', async () => {
    const [feed] = await feedIds();
    await makeUser(t.db, t.clock, [['admin', org.root]], { email: 'ada2@exempel.se' });
    const admin = await t.signedIn('ada2@exempel.se');
    expect((await admin.get(`/feeds/${feed!.id}/delete`)).status).toBe(404);
    expect((await admin.post(`/feeds/${feed!.id}/delete`, {})).status).toBe(404);
    expect((await admin.post(`/feeds/${feed!.id}/regenerate`, {})).status).toBe(404);
    expect(await (await admin.get('/feeds')).text()).not.toContain(`/feeds/${feed!.id}/`);
  });

  it('marks a unit’s calendar the person may no longer read, and offers only to remove it', async () => {
    const made = await pages.post('/feeds/units', { unitId: String(org.school.id) });
    const token = tokenIn(await made.text());
    await t.db.deleteFrom('role_assignments').where('user_id', '=', ownerId).execute();
    const feed = (await feedIds()).find((f) => f.unitId === org.school.id)!;
    const again = await t.signedIn('olle@exempel.se');
    const html = await (await again.get('/feeds')).text();
    expect(html).toContain('Du får inte längre läsa enhetens konton');
    expect(html).not.toContain(`/feeds/${feed.id}/regenerate`);
    expect(html).toContain(`/feeds/${feed.id}/delete`);
    expect(html).toContain('Det finns ingen enhet där du får läsa kontona.');
    expect((await again.post(`/feeds/${feed.id}/regenerate`, {})).status).toBe(403);
    expect((await fetchFeed(token)).status).toBe(404);
  });

  it('speaks English to a person who chose it', async () => {
    await makeUser(t.db, t.clock, [['reader', org.culture]], {
      email: 'reader@exempel.se',
      locale: 'en',
    });
    const reader = await t.signedIn('reader@exempel.se');
    const html = await (await reader.post('/feeds/personal', {})).text();
    expect(html).toContain('Calendar subscriptions');
    expect(html).toContain('Add calendar → Subscribe from web');
    expect(html).toContain('Other calendars, choose From URL');
  });
});
