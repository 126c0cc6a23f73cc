import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../support/factories.js';
import { countRows } from '../support/checks.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Monday 23 November 2026, 10:00 in Stockholm.
const { t, org } = useTestOrganisation({ at: '2026-11-23T09:00:00.000Z' });
let admin: BrowserClient;
let reader: BrowserClient;

beforeAll(async () => {
  await makeUser(t.db, t.clock, [['reader', org.library]], { email: 'lasare@exempel.se' });
  await makeUser(t.db, t.clock, [['admin', org.school]], { email: 'skoladmin@exempel.se' });
  await makeUser(t.db, t.clock, [['reader', org.root]], {
    email: 'reader@exempel.se',
    locale: 'en',
  });
  admin = await t.signedIn('admin@exempel.se');
  reader = await t.signedIn('lasare@exempel.se');
});

const page = async (b: BrowserClient, path: string, status = 200) => {
  const res = await b.get(path);
  expect(res.status).toBe(status);
  return res.text();
};

describe('the deadline calculator', () => {
  it('moves a deadline that lands on midsommarafton to the end of the next working day', async () => {
    const html = await page(reader, '/calendar?date=2026-06-18&time=10:00');
    expect(html).toContain('<h1>Kalender och svarstider</h1>');
    expect(html).toContain('torsdag 18 juni 2026 10:00');
    expect(html).toContain('måndag 22 juni 2026 23:59');
    expect(html).toContain(
      'Flyttad från midsommarafton (19 juni 2026) till slutet av nästa arbetsdag.',
    );
    expect(html).toContain('value="2026-06-18"');
  });

  it('makes a question asked on a Saturday due at the end of Monday', async () => {
    const html = await page(reader, '/calendar?date=2026-03-14&time=12:00');
    expect(html).toContain('måndag 16 mars 2026 23:59');
    expect(html).toContain(
      'Frågan ställdes en lördag (14 mars 2026); svar senast i slutet av nästa arbetsdag.',
    );
  });

  it('answers for a question asked now when no time is given', async () => {
    const html = await page(reader, '/calendar');
    expect(html).toContain('value="2026-11-23"');
    expect(html).toContain('value="10:00"');
    expect(html).toContain('tisdag 24 nov. 2026 10:00');
    expect(html).toContain('Svar senast 24 timmar efter frågan.');
  });

  it('speaks English to those who chose it', async () => {
    const english = await t.signedIn('reader@exempel.se');
    const html = await page(english, '/calendar?date=2026-06-18&time=10:00');
    expect(html).toContain('Monday 22 Jun 2026, 23:59');
    expect(html).toContain(
      'Moved from Midsummer Eve (19 Jun 2026) to the end of the next working day.',
    );
    expect(html).toContain('Days off in 2026');
  });

  it('shows what is wrong with a date or time it cannot read, without failing', async () => {
    const res = await reader.get('/calendar?date=ig%C3%A5r&time=25:00');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Ange ett datum som ÅÅÅÅ-MM-DD.');
    expect(html).toContain('Ange ett klockslag som TT:MM, t.ex. 09:30.');
    expect(html).toContain('href="#f-date"');
    expect(html).toContain('href="#f-time"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('Svar senast</dt>');
    // The year's list is still there.
    expect(html).toContain('Lediga dagar 2026');
  });

  it('refuses times outside the years the calendar knows', async () => {
    for (const date of ['1989-12-29', '2101-01-03', '2100-12-31']) {
      const res = await reader.get(`/calendar?date=${date}&time=10:00`);
      expect([date, res.status]).toEqual([date, 400]);
      expect(await res.text()).toContain('Kalendern omfattar åren 1990–2100.');
    }
    expect(await page(reader, '/calendar?date=1990-01-02&time=10:00')).toContain(
      'onsdag 3 jan. 1990 10:00',
    );
  });
});

describe('the days off of a year', () => {
  it('had Whit Monday off until 2004 and the national day from 2005', async () => {
    const y2004 = await page(reader, '/calendar?year=2004');
    expect(y2004).toContain('Lediga dagar 2004');
    expect(y2004).toContain('måndag 31 maj 2004');
    expect(y2004).toContain('Annandag pingst');
    expect(y2004).not.toContain('Sveriges nationaldag');
    expect(y2004).toContain('Lördagar och söndagar är alltid lediga');
    expect(y2004).toContain('href="/calendar?year=2003#days-heading"');
    expect(y2004).toContain('href="/calendar?year=2005#days-heading"');
    const y2005 = await page(reader, '/calendar?year=2005');
    expect(y2005).toContain('Sveriges nationaldag');
    expect(y2005).toContain('måndag 6 juni 2005');
    expect(y2005).not.toContain('Annandag pingst');
  });

  it('names each day’s kind and keeps the calculator’s question in the links', async () => {
    const html = await page(reader, '/calendar?date=2026-06-18&time=10:00&year=2026');
    expect(html).toMatch(/Midsommarafton<\/td>\s*<td>Ledig afton<\/td>/);
    expect(html).toMatch(/Juldagen<\/td>\s*<td>Helgdag<\/td>/);
    expect(html).toContain('href="/calendar?date=2026-06-18&amp;time=10%3A00&amp;year=2027');
    expect(html).toContain('<input type="hidden" name="date" value="2026-06-18"/>');
  });

  it('stops at the calendar’s first and last years', async () => {
    const first = await page(reader, '/calendar?year=1990');
    expect(first).not.toContain('year=1989');
    const last = await page(reader, '/calendar?year=2100');
    expect(last).not.toContain('year=2101');
    const outside = await reader.get('/calendar?year=2101');
    expect(outside.status).toBe(400);
    const html = await outside.text();
    expect(html).toContain('href="#f-year"');
    expect(html).toContain('Kalendern omfattar åren 1990–2100.');
  });
});

describe('the response time settings', () => {
  it('are closed to everyone but administrators of the whole organisation', async () => {
    const subAdmin = await t.signedIn('skoladmin@exempel.se');
    const before = await countRows(t.db, 'audit_events');
    for (const b of [reader, subAdmin]) {
      expect((await b.get('/calendar/settings')).status).toBe(403);
      const post = await b.post('/calendar/settings', {
        responseHours: '1',
        endOfWorkingDay: '08:00',
        extraClosedDays: '',
      });
      expect(post.status).toBe(403);
      const html = await page(b, '/calendar');
      expect(html).not.toContain('href="/calendar/settings"');
      expect(html).toContain('<a href="/settings" aria-current="page">Inställningar</a>');
    }
    expect(await countRows(t.db, 'settings')).toBe(0);
    expect(await countRows(t.db, 'audit_events')).toBe(before);
    expect(await page(admin, '/calendar')).toContain('href="/calendar/settings"');
  });

  it('show the guidelines’ default until changed', async () => {
    const html = await page(admin, '/calendar/settings');
    expect(html).toContain('<h1>Inställningar för svarstid</h1>');
    expect(html).toMatch(/id="f-responseHours"[^>]*value="24"/);
    expect(html).toMatch(/name="moveToNextWorkingDay" value="1" checked/);
    expect(html).toMatch(/id="f-endOfWorkingDay"[^>]*value="24:00"/);
    const words = await page(admin, '/calendar');
    expect(words).toContain('En fråga ska besvaras inom 24 timmar.');
    expect(words).toContain('Arbetsdagen räknas till 24:00.');
  });

  it('refuse a bad closed-day line by its number and save nothing', async () => {
    const before = await countRows(t.db, 'audit_events');
    const cases = [
      ['2026-03-12 Strejk\n12 mars Fel', 'Rad 2: ange datum som ÅÅÅÅ-MM-DD följt av ett namn.'],
      ['\n\n2026-02-30 Skottdag', 'Rad 3: datumet 2026-02-30 finns inte.'],
      ['2026-03-12', 'Rad 1: ange datum som ÅÅÅÅ-MM-DD följt av ett namn.'],
      ['2026-03-12 Strejk\r\n2026-03-12 Igen', 'Rad 2: 2026-03-12 står redan på rad 1.'],
    ];
    for (const [days, message] of cases) {
      const res = await admin.post('/calendar/settings', {
        responseHours: '48',
        moveToNextWorkingDay: '1',
        endOfWorkingDay: '16:30',
        extraClosedDays: days!,
      });
      expect([days, res.status]).toEqual([days, 400]);
      const html = await res.text();
      expect(html).toContain(message!);
      expect(html).toContain('href="#f-extraClosedDays"');
      expect(html).toMatch(/id="f-responseHours"[^>]*value="48"/);
    }
    const res = await admin.post('/calendar/settings', {
      responseHours: '0',
      endOfWorkingDay: '25:00',
      extraClosedDays: '2026-03-12 Strejk\nfel',
    });
    const html = await res.text();
    expect(html).toContain('Ange ett heltal från 1 till 720.');
    expect(html).toContain('Ange en tid som TT:MM, t.ex. 16:30, eller 24:00.');
    expect(html).toContain('Rad 2: ange datum');
    expect(html).toContain('2026-03-12 Strejk\nfel</textarea>');
    expect(html).not.toMatch(/name="moveToNextWorkingDay" value="1" checked/);
    expect(await countRows(t.db, 'settings')).toBe(0);
    expect(await countRows(t.db, 'audit_events')).toBe(before);
  });

  it('change how deadlines are counted, on the page and in the API, and are audited', async () => {
    const res = await admin.post('/calendar/settings', {
      responseHours: '48',
      moveToNextWorkingDay: '1',
      endOfWorkingDay: '16:30',
      extraClosedDays: '\n2026-03-12   Strejkdag  \n',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/calendar');
    const words = await page(admin, '/calendar');
    expect(words).toContain('Reglerna för svarstid är sparade.');
    expect(words).toContain('En fråga ska besvaras inom 48 timmar.');
    expect(words).toContain('Arbetsdagen slutar 16:30.');
    expect(words).toContain('12 mars 2026</time> Strejkdag');

    const calc = await page(reader, '/calendar?date=2026-03-10&time=09:00');
    expect(calc).toContain('fredag 13 mars 2026 16:30');
    expect(calc).toContain('Flyttad från Strejkdag (12 mars 2026) till slutet av nästa arbetsdag.');
    expect(calc).toMatch(/Strejkdag<\/td>\s*<td>Kommunens egen ledighet<\/td>/);

    const api = await t.api(org.admin);
    const deadline = await api.get(
      `/calendar/deadline?askedAt=${encodeURIComponent('2026-03-10T09:00:00+01:00')}`,
    );
    expect(deadline.json).toMatchObject({
      deadline: '2026-03-13T16:30:00.000+01:00',
      movedFrom: { date: '2026-03-12', reason: { kind: 'extra', name: 'Strejkdag' } },
    });

    const events = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'settings.calendar')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_user_id: org.admin.userId, object_id: 'calendar' });
    expect(JSON.parse(events[0]!.after_json!)).toEqual({
      responseHours: 48,
      moveToNextWorkingDay: true,
      endOfWorkingDay: '16:30',
      extraClosedDays: [{ date: '2026-03-12', name: 'Strejkdag' }],
    });
    const trail = await page(admin, '/audit-trail');
    expect(trail).toContain('Regler för svarstid ändrade');
    expect(trail).toContain('Svarstid i timmar');

    const form = await page(admin, '/calendar/settings');
    expect(form).toContain('2026-03-12 Strejkdag</textarea>');
  });

  it('can stop moving deadlines off days that are not working days', async () => {
    const res = await admin.post('/calendar/settings', {
      responseHours: '24',
      endOfWorkingDay: '24:00',
      extraClosedDays: '',
    });
    expect(res.status).toBe(303);
    const html = await page(reader, '/calendar?date=2026-06-18&time=10:00');
    expect(html).toContain('fredag 19 juni 2026 10:00');
    expect(html).toContain(
      'Svarstiden flyttas inte när den infaller på en dag som inte är arbetsdag.',
    );
    expect(html).toContain('Kommunen har inga egna lediga dagar');
  });
});
