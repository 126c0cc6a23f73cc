import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_POLICY, type CalendarPolicy } from './calendar-policy.js';
import { responseDeadline } from './response-deadline.js';
import { nonWorkingReason, stockholmDay } from './working-days.js';

const local = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Stockholm' }).toJSDate();
const inStockholm = (d: Date) =>
  DateTime.fromJSDate(d).setZone('Europe/Stockholm').toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
const due = (iso: string, policy: CalendarPolicy = DEFAULT_CALENDAR_POLICY) =>
  inStockholm(responseDeadline(local(iso), policy).due);

describe('the response deadline (the brief’s examples)', () => {
  it('moves a deadline that lands on midsommarafton to the end of the next working day', () => {
    const deadline = responseDeadline(local('2026-06-18T10:00'), DEFAULT_CALENDAR_POLICY);
    expect(inStockholm(deadline.due)).toBe('2026-06-22T23:59:59.999');
    expect(deadline.movedFrom).toEqual({
      date: '2026-06-19',
      reason: { kind: 'eve', key: 'midsommarafton' },
    });
  });

  it('gives 24 hours on working days', () => {
    expect(due('2026-03-10T09:00')).toBe('2026-03-11T09:00:00.000');
  });

  it('makes a question asked on a Saturday due at the end of Monday', () => {
    const deadline = responseDeadline(local('2026-03-14T12:00'), DEFAULT_CALENDAR_POLICY);
    expect(inStockholm(deadline.due)).toBe('2026-03-16T23:59:59.999');
    expect(deadline.askedOnNonWorkingDay).toBe(true);
    expect(deadline.movedFrom?.reason).toEqual({ kind: 'weekend', key: 'saturday' });
  });
});

describe('the response deadline around holidays and clock changes', () => {
  it.each([
    ['a Friday afternoon', '2026-03-13T15:00', '2026-03-16T23:59:59.999'],
    ['Thursday before Good Friday', '2026-04-02T08:00', '2026-04-07T23:59:59.999'],
    ['Christmas Eve’s eve', '2026-12-23T10:00', '2026-12-28T23:59:59.999'],
    ['New Year’s Eve', '2026-12-31T10:00', '2027-01-04T23:59:59.999'],
    ['the day before Ascension', '2026-05-13T10:00', '2026-05-15T23:59:59.999'],
    ['the day before the national day in 2005', '2005-06-05T10:00', '2005-06-07T23:59:59.999'],
    ['the Sunday before Whit Monday 2004', '2004-05-30T10:00', '2004-06-01T23:59:59.999'],
    ['Whit Monday 2026, a working day', '2026-05-25T10:00', '2026-05-26T10:00:00.000'],
    ['the Friday before summer time begins', '2026-03-27T10:00', '2026-03-30T23:59:59.999'],
    ['the Sunday summer time begins', '2026-03-29T01:30', '2026-03-30T23:59:59.999'],
    ['the Friday before winter time begins', '2026-10-23T10:00', '2026-10-26T23:59:59.999'],
    ['a Monday after winter time began', '2026-10-26T10:00', '2026-10-27T10:00:00.000'],
  ])('for %s', (_, asked, expected) => {
    expect(due(asked)).toBe(expected);
  });

  it('counts real hours across the switch to summer time', () => {
    // With no weekend rule, 24 hours from Saturday 12:00 are Sunday 13:00 on the new clock.
    const policy = { ...DEFAULT_CALENDAR_POLICY, moveToNextWorkingDay: false };
    expect(due('2026-03-28T12:00', policy)).toBe('2026-03-29T13:00:00.000');
  });

  it('follows the organisation’s policy: hours, office hours and its own closed days', () => {
    const policy: CalendarPolicy = {
      responseHours: 48,
      moveToNextWorkingDay: true,
      endOfWorkingDay: '16:30',
      extraClosedDays: [{ date: '2026-03-12', name: 'Strejk' }],
    };
    const deadline = responseDeadline(local('2026-03-10T09:00'), policy);
    expect(inStockholm(deadline.due)).toBe('2026-03-13T16:30:00.000');
    expect(deadline.movedFrom?.reason).toEqual({ kind: 'extra', key: 'extra', name: 'Strejk' });
    expect(due('2026-03-14T12:00', policy)).toBe('2026-03-16T16:30:00.000');
  });
});

describe('the response deadline, for any question 1990–2100', () => {
  const instant = fc.date({
    min: new Date('1990-01-02T00:00:00Z'),
    max: new Date('2100-12-20T00:00:00Z'),
    noInvalidDate: true,
  });

  it('is never before the question and never on a non-working day', () => {
    fc.assert(
      fc.property(instant, (askedAt) => {
        const { due } = responseDeadline(askedAt, DEFAULT_CALENDAR_POLICY);
        expect(due.getTime()).toBeGreaterThan(askedAt.getTime());
        expect(nonWorkingReason(stockholmDay(due), DEFAULT_CALENDAR_POLICY)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('is exactly 24 hours later when both days are working days', () => {
    fc.assert(
      fc.property(instant, (askedAt) => {
        const d = responseDeadline(askedAt, DEFAULT_CALENDAR_POLICY);
        if (d.movedFrom === null) expect(d.due.getTime() - askedAt.getTime()).toBe(86_400_000);
      }),
      { numRuns: 2000 },
    );
  });
});
