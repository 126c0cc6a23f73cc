import { DateTime } from 'luxon';
import { TIME_ZONE } from '../platform/i18n/format.js';
import { addDays, weekday, type CalendarDay } from './calendar-day.js';
import type { CalendarPolicy } from './calendar-policy.js';
import { swedishHolidays, type HolidayKey } from './swedish-holidays.js';

/** Why a day is not a working day. */
export type NonWorkingReason =
  | { kind: 'weekend'; key: 'saturday' | 'sunday' }
  | { kind: 'public_holiday' | 'eve'; key: HolidayKey }
  | { kind: 'extra'; key: 'extra'; name: string };

const holidaysByYear = new Map<number, Map<CalendarDay, HolidayKey>>();

function holidayOn(day: CalendarDay): { key: HolidayKey; kind: 'public_holiday' | 'eve' } | null {
  const year = Number(day.slice(0, 4));
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map();
    // The first listed wins where two fall on one day (e.g. Ascension on 1 May).
    for (const h of swedishHolidays(year)) if (!days.has(h.date)) days.set(h.date, h.key);
    holidaysByYear.set(year, days);
  }
  const key = days.get(day);
  if (!key) return null;
  const eve = key === 'midsommarafton' || key === 'julafton' || key === 'nyarsafton';
  return { key, kind: eve ? 'eve' : 'public_holiday' };
}

/** Why a day is not a working day, or null when it is one. Holidays are named before weekends. */
export function nonWorkingReason(
  day: CalendarDay,
  policy: CalendarPolicy,
): NonWorkingReason | null {
  const extra = policy.extraClosedDays.find((d) => d.date === day);
  if (extra) return { kind: 'extra', key: 'extra', name: extra.name };
  const holiday = holidayOn(day);
  if (holiday) return holiday;
  const dow = weekday(day);
  if (dow === 6) return { kind: 'weekend', key: 'saturday' };
  if (dow === 0) return { kind: 'weekend', key: 'sunday' };
  return null;
}

/** The first working day after a day. */
export function nextWorkingDay(day: CalendarDay, policy: CalendarPolicy): CalendarDay {
  let next = addDays(day, 1);
  while (nonWorkingReason(next, policy)) next = addDays(next, 1);
  return next;
}

// Zone arithmetic costs tens of microseconds a call, and an audit asks for the same few days
// thousands of times: day boundaries are computed once.
const dayStarts = new Map<CalendarDay, number>();
const closings = new Map<string, number>();

function cached<K>(cache: Map<K, number>, key: K, compute: () => number): number {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 100_000) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** The instant (ms) a Stockholm day begins. */
export function stockholmDayStart(day: CalendarDay): number {
  return cached(dayStarts, day, () => DateTime.fromISO(day, { zone: TIME_ZONE }).toMillis());
}

/** The calendar day of an instant in Stockholm: its UTC day or a neighbour. */
export function stockholmDay(instant: Date | number): CalendarDay {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const utcDay = new Date(ms).toISOString().slice(0, 10);
  if (ms < stockholmDayStart(utcDay)) return addDays(utcDay, -1);
  const next = addDays(utcDay, 1);
  return ms >= stockholmDayStart(next) ? next : utcDay;
}

/** The end of a working day in Stockholm: the policy's closing time, or the day's last moment. */
export function endOfWorkingDay(day: CalendarDay, policy: CalendarPolicy): Date {
  const ms = cached(closings, `${day} ${policy.endOfWorkingDay}`, () => {
    if (policy.endOfWorkingDay === '24:00') return stockholmDayStart(addDays(day, 1)) - 1;
    const [hour, minute] = policy.endOfWorkingDay.split(':').map(Number) as [number, number];
    return DateTime.fromISO(day, { zone: TIME_ZONE }).set({ hour, minute }).toMillis();
  });
  return new Date(ms);
}
