import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter.js';
import { swedishHolidays, type HolidayKey } from './swedish-holidays.js';

const byKey = (year: number) =>
  Object.fromEntries(swedishHolidays(year).map((h) => [h.key, h.date])) as Record<
    HolidayKey,
    string
  >;

describe('Easter by the Gregorian computus', () => {
  it.each([
    [1990, '1990-04-15'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2049, '2049-04-18'],
    [2100, '2100-03-28'],
  ])('puts Easter Sunday %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('always lands on a Sunday between 22 March and 25 April, 1990–2100', () => {
    for (let year = 1990; year <= 2100; year++) {
      const easter = easterSunday(year);
      expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });
});

describe('the Swedish non-working days', () => {
  it('knows every day of 2026', () => {
    expect(byKey(2026)).toEqual({
      nyarsdagen: '2026-01-01',
      trettondedag_jul: '2026-01-06',
      langfredagen: '2026-04-03',
      paskdagen: '2026-04-05',
      annandag_pask: '2026-04-06',
      forsta_maj: '2026-05-01',
      kristi_himmelsfardsdag: '2026-05-14',
      pingstdagen: '2026-05-24',
      nationaldagen: '2026-06-06',
      midsommarafton: '2026-06-19',
      midsommardagen: '2026-06-20',
      alla_helgons_dag: '2026-10-31',
      julafton: '2026-12-24',
      juldagen: '2026-12-25',
      annandag_jul: '2026-12-26',
      nyarsafton: '2026-12-31',
    });
  });

  it('had Whit Monday off until 2004 and the national day from 2005', () => {
    expect(byKey(2004).annandag_pingst).toBe('2004-05-31');
    expect(byKey(2004).nationaldagen).toBeUndefined();
    expect(byKey(2005).nationaldagen).toBe('2005-06-06');
    expect(byKey(2005).annandag_pingst).toBeUndefined();
  });

  it('puts midsommardagen on the Saturday 20–26 June and alla helgons dag on the Saturday 31 Oct–6 Nov', () => {
    for (let year = 1990; year <= 2100; year++) {
      const days = byKey(year);
      const midsummer = new Date(`${days.midsommardagen}T00:00:00Z`);
      expect(midsummer.getUTCDay()).toBe(6);
      expect(days.midsommardagen >= `${year}-06-20` && days.midsommardagen <= `${year}-06-26`).toBe(
        true,
      );
      expect(days.midsommarafton >= `${year}-06-19` && days.midsommarafton <= `${year}-06-25`).toBe(
        true,
      );
      const allSaints = new Date(`${days.alla_helgons_dag}T00:00:00Z`);
      expect(allSaints.getUTCDay()).toBe(6);
      expect(
        days.alla_helgons_dag >= `${year}-10-31` && days.alla_helgons_dag <= `${year}-11-06`,
      ).toBe(true);
    }
  });

  it('keeps the other eves working days', () => {
    const dates = swedishHolidays(2026).map((h) => h.date);
    for (const eve of ['2026-01-05', '2026-04-02', '2026-04-30', '2026-10-30'])
      expect(dates).not.toContain(eve);
  });

  it('refuses years outside 1990–2100', () => {
    expect(() => swedishHolidays(1989)).toThrow(RangeError);
    expect(() => swedishHolidays(2101)).toThrow(RangeError);
  });

  it('agrees with date-holidays for 2000–2100, where that package follows the law', () => {
    const hd = new Holidays('SE');
    for (let year = 2000; year <= 2100; year++) {
      const ours = swedishHolidays(year);
      const theirs = hd.getHolidays(year);
      const day = (h: { date: string }) => h.date.slice(0, 10);
      // date-holidays lists Whit Monday as an observance in every year; until 2004 it was a holiday.
      const publicDays = theirs
        .filter((h) => h.type === 'public' || (year <= 2004 && h.name === 'annandag pingst'))
        .map(day);
      const ourPublicDays = ours.filter((h) => h.kind === 'public_holiday').map((h) => h.date);
      // Two holidays can share a day (Ascension fell on 1 May in 2008): compare the days.
      expect([year, [...new Set(ourPublicDays)].sort()]).toEqual([
        year,
        [...new Set(publicDays)].sort(),
      ]);
      // The three free eves are its `bank` days.
      expect([year, ours.filter((h) => h.kind === 'eve').map((h) => h.date)]).toEqual([
        year,
        theirs.filter((h) => h.type === 'bank').map(day),
      ]);
    }
  });
});
