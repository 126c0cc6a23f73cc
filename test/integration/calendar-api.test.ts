import { beforeAll, describe, expect, it } from 'vitest';
import { setCalendarPolicy } from '../../src/calendar/calendar-policy-store.js';
import { DEFAULT_CALENDAR_POLICY } from '../../src/calendar/calendar-policy.js';
import { makeUser } from '../support/factories.js';
import type { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation();
let reader: ApiClient;

beforeAll(async () => {
  reader = await t.api(await makeUser(t.db, t.clock, [['reader', org.library]]));
});

const deadline = (askedAt: string, lang = 'sv') =>
  reader.call('GET', `/calendar/deadline?askedAt=${encodeURIComponent(askedAt)}`, undefined, {
    'accept-language': lang,
  });

describe('the calendar API', () => {
  it('answers the deadline and why it moved, in the caller’s language', async () => {
    const sv = await deadline('2026-06-18T10:00:00+02:00');
    expect(sv.status).toBe(200);
    expect(sv.json).toMatchObject({
      askedAt: '2026-06-18T10:00:00.000+02:00',
      deadline: '2026-06-22T23:59:59.999+02:00',
      moved: true,
      movedFrom: {
        date: '2026-06-19',
        reason: { kind: 'eve', key: 'midsommarafton', name: 'midsommarafton' },
      },
      askedOnNonWorkingDay: false,
    });
    expect(sv.json.explanation).toBe(
      'Flyttad från midsommarafton (19 juni 2026) till slutet av nästa arbetsdag.',
    );
    const en = await deadline('2026-06-18T08:00:00Z', 'en');
    expect(en.json.explanation).toBe(
      'Moved from Midsummer Eve (19 Jun 2026) to the end of the next working day.',
    );
  });

  it('gives 24 hours on working days and explains a question asked on a weekend', async () => {
    expect((await deadline('2026-03-10T09:00:00+01:00')).json).toMatchObject({
      deadline: '2026-03-11T09:00:00.000+01:00',
      moved: false,
      explanation: 'Svar senast 24 timmar efter frågan.',
    });
    const saturday = await deadline('2026-03-14T12:00:00+01:00');
    expect(saturday.json.deadline).toBe('2026-03-16T23:59:59.999+01:00');
    expect(saturday.json.explanation).toBe(
      'Frågan ställdes en lördag (14 mars 2026); svar senast i slutet av nästa arbetsdag.',
    );
  });

  it('refuses a time it cannot read, or one outside the calendar, naming the field', async () => {
    for (const bad of ['igår', '2026-06-18', '2026-06-18T10:00:00']) {
      const res = await deadline(bad);
      expect([bad, res.status, res.json.error.fields[0].path]).toEqual([bad, 400, ['askedAt']]);
    }
    const old = await deadline('1950-01-01T10:00:00Z');
    expect(old.status).toBe(400);
    expect(old.json.error.fields[0].message).toBe('Kalendern omfattar åren 1990–2100.');
  });

  it('lists a year’s non-working days with the organisation’s own', async () => {
    await setCalendarPolicy(t.db, t.clock, org.admin, {
      ...DEFAULT_CALENDAR_POLICY,
      extraClosedDays: [{ date: '2026-03-12', name: 'Strejk' }],
    });
    const res = await reader.get('/calendar/non-working-days?year=2026');
    expect(res.status).toBe(200);
    expect(res.json.days).toHaveLength(17);
    expect(res.json.days[0]).toEqual({
      date: '2026-01-01',
      kind: 'public_holiday',
      key: 'nyarsdagen',
      name: 'nyårsdagen',
    });
    expect(res.json.days).toContainEqual({
      date: '2026-03-12',
      kind: 'extra',
      key: 'extra',
      name: 'Strejk',
    });
    const moved = await deadline('2026-03-11T09:00:00+01:00');
    expect(moved.json.explanation).toBe(
      'Flyttad från Strejk (12 mars 2026) till slutet av nästa arbetsdag.',
    );
    expect((await reader.get('/calendar/non-working-days?year=2200')).status).toBe(400);
  });

  it('records who changed the calendar policy, and lets only administrators do it', async () => {
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('action', '=', 'settings.calendar')
      .execute();
    expect(events).toEqual([{ action: 'settings.calendar', actor_user_id: org.admin.userId }]);
    const readerActor = await makeUser(t.db, t.clock, [['admin', org.library]]);
    await expect(
      setCalendarPolicy(t.db, t.clock, readerActor, DEFAULT_CALENDAR_POLICY),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
