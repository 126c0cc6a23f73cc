import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_POLICY, type CalendarPolicy } from '../calendar/calendar-policy.js';
import { endOfWorkingDay, nonWorkingReason } from '../calendar/working-days.js';
import { workingHoursBetween } from './working-hours.js';

const local = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Stockholm' }).toJSDate();
const officeHours: CalendarPolicy = { ...DEFAULT_CALENDAR_POLICY, endOfWorkingDay: '16:30' };
const hours = (from: string, to: string, policy: CalendarPolicy = DEFAULT_CALENDAR_POLICY) =>
  workingHoursBetween(local(from), local(to), policy);
const realHours = (from: string, to: string) =>
  (local(to).getTime() - local(from).getTime()) / 3_600_000;

describe('working hours between two instants (whole working days)', () => {
  it('is 0 when the end is not after the start', () => {
    expect(hours('2026-03-10T09:00', '2026-03-10T09:00')).toBe(0);
    expect(hours('2026-03-10T09:00', '2026-03-10T08:00')).toBe(0);
  });

  it('counts real hours within a working day', () => {
    expect(hours('2026-03-10T09:00', '2026-03-10T15:30')).toBe(6.5);
  });

  it('counts a working day to midnight', () => {
    expect(hours('2026-03-10T09:00', '2026-03-11T09:00')).toBe(24);
  });

  it('leaves out a weekend', () => {
    // Friday 15:00–24:00 and Monday 00:00–09:00.
    expect(hours('2026-03-13T15:00', '2026-03-16T09:00')).toBe(18);
  });

  it('gives 0 for a span inside a weekend', () => {
    expect(hours('2026-03-14T08:00', '2026-03-15T20:00')).toBe(0);
  });

  it('leaves out Good Friday and Easter Monday', () => {
    // Thu 08:00–24:00, then Tue 00:00–08:00; Fri 3 Apr to Mon 6 Apr are closed.
    expect(hours('2026-04-02T08:00', '2026-04-07T08:00')).toBe(24);
  });

  it('leaves out midsommarafton', () => {
    expect(hours('2026-06-18T10:00', '2026-06-22T10:00')).toBe(24);
  });

  it('leaves out the organisation’s own closed days', () => {
    const strike = {
      ...DEFAULT_CALENDAR_POLICY,
      extraClosedDays: [{ date: '2026-03-11', name: 'Strejk' }],
    };
    expect(hours('2026-03-10T12:00', '2026-03-12T12:00', strike)).toBe(24);
  });

  it('counts a full working week as five days', () => {
    expect(hours('2026-03-09T00:00', '2026-03-16T00:00')).toBe(120);
  });

  it('counts three months day by day: 62 working days in Jan–Mar 2026', () => {
    // January: 22 weekdays less nyårsdagen and trettondedag jul; February 20; March 22.
    expect(hours('2026-01-01T00:00', '2026-04-01T00:00')).toBe(62 * 24);
  });
});

describe('working hours with office hours to 16:30', () => {
  it('stops counting at the close of each working day', () => {
    expect(hours('2026-03-10T09:00', '2026-03-10T18:00', officeHours)).toBe(7.5);
  });

  it('counts nothing after closing time', () => {
    expect(hours('2026-03-10T17:00', '2026-03-10T23:00', officeHours)).toBe(0);
    expect(hours('2026-03-10T17:00', '2026-03-11T09:00', officeHours)).toBe(9);
  });

  it('leaves out a weekend', () => {
    expect(hours('2026-03-13T12:00', '2026-03-16T12:00', officeHours)).toBe(16.5);
  });
});

describe('working hours across the 2026 daylight-saving changes', () => {
  // Both changes fall on Sundays, so the short and long days are never counted.
  it('spring forward (Sun 29 Mar): 71 real hours hold 24 working hours', () => {
    expect(realHours('2026-03-27T12:00', '2026-03-30T12:00')).toBe(71);
    expect(hours('2026-03-27T12:00', '2026-03-30T12:00')).toBe(24);
    expect(hours('2026-03-27T12:00', '2026-03-30T12:00', officeHours)).toBe(16.5);
  });

  it('fall back (Sun 25 Oct): 73 real hours hold 24 working hours', () => {
    expect(realHours('2026-10-23T12:00', '2026-10-26T12:00')).toBe(73);
    expect(hours('2026-10-23T12:00', '2026-10-26T12:00')).toBe(24);
    expect(hours('2026-10-23T12:00', '2026-10-26T12:00', officeHours)).toBe(16.5);
  });

  it('starts Monday at local midnight after the change', () => {
    expect(hours('2026-03-28T22:00', '2026-03-30T01:00')).toBe(1);
    expect(hours('2026-10-24T22:00', '2026-10-26T01:00')).toBe(1);
  });
});

/** The plain way: luxon for every Stockholm day from the start's to the end's. */
function reference(from: Date, to: Date, policy: CalendarPolicy): number {
  let ms = 0;
  let day = DateTime.fromJSDate(from).setZone('Europe/Stockholm').startOf('day');
  for (; day.toMillis() < to.getTime(); day = day.plus({ days: 1 })) {
    if (nonWorkingReason(day.toISODate()!, policy)) continue;
    const close =
      policy.endOfWorkingDay === '24:00'
        ? day.plus({ days: 1 }).toMillis()
        : endOfWorkingDay(day.toISODate()!, policy).getTime();
    ms += Math.max(0, Math.min(close, to.getTime()) - Math.max(day.toMillis(), from.getTime()));
  }
  return ms / 3_600_000;
}

describe('working hours, properties', () => {
  const instant = fc.date({
    min: new Date('1995-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const upTo60Days = fc.integer({ min: 0, max: 60 * 24 * 3_600_000 });
  const policy = fc.constantFrom(DEFAULT_CALENDAR_POLICY, officeHours, {
    ...officeHours,
    endOfWorkingDay: '00:00',
  });
  const later = (d: Date, ms: number) => new Date(d.getTime() + ms);

  it('agrees with counting day by day in luxon', () => {
    fc.assert(
      fc.property(instant, upTo60Days, policy, (from, length, p) => {
        const to = later(from, length);
        expect(workingHoursBetween(from, to, p)).toBeCloseTo(reference(from, to, p), 9);
      }),
    );
  });

  it('adds up over a split and never exceeds the real hours', () => {
    fc.assert(
      fc.property(instant, upTo60Days, upTo60Days, policy, (a, first, second, p) => {
        const [b, c] = [later(a, first), later(a, first + second)];
        const whole = workingHoursBetween(a, c, p);
        const split = workingHoursBetween(a, b, p) + workingHoursBetween(b, c, p);
        expect(whole).toBeCloseTo(split, 9);
        expect(whole).toBeGreaterThanOrEqual(0);
        expect(whole).toBeLessThanOrEqual((c.getTime() - a.getTime()) / 3_600_000);
      }),
    );
  });

  it('rejects an invalid date', () => {
    expect(() => workingHoursBetween(new Date('x'), new Date(), DEFAULT_CALENDAR_POLICY)).toThrow(
      RangeError,
    );
  });

  it('is quick over a whole year', () => {
    const started = performance.now();
    // 261 weekdays less ten holidays and eves on weekdays (1/1, 6/1, 3/4, 6/4, 1/5, 14/5, 19/6,
    // 24/12, 25/12, 31/12).
    expect(hours('2026-01-01T00:00', '2027-01-01T00:00')).toBe(251 * 24);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
