import { DateTime } from 'luxon';
import { addDays, type CalendarDay } from '../calendar/calendar-day.js';
import type { CalendarPolicy } from '../calendar/calendar-policy.js';
import { endOfWorkingDay, nonWorkingReason } from '../calendar/working-days.js';
import { TIME_ZONE } from '../platform/i18n/format.js';

const HOUR_MS = 3_600_000;
// Zone arithmetic costs tens of microseconds a call; an audit asks for the same days many times.
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

const dayStart = (day: CalendarDay) =>
  cached(dayStarts, day, () => DateTime.fromISO(day, { zone: TIME_ZONE }).toMillis());

/** The Stockholm day of an instant: its UTC day or a neighbour (an offset is under a day). */
function dayOf(ms: number): CalendarDay {
  const utcDay = new Date(ms).toISOString().slice(0, 10);
  if (ms < dayStart(utcDay)) return addDays(utcDay, -1);
  const next = addDays(utcDay, 1);
  return ms >= dayStart(next) ? next : utcDay;
}

function dayEnd(day: CalendarDay, policy: CalendarPolicy): number {
  // endOfWorkingDay gives 23:59:59.999 for 24:00; the next midnight keeps the last millisecond.
  if (policy.endOfWorkingDay === '24:00') return dayStart(addDays(day, 1));
  return cached(closings, `${day} ${policy.endOfWorkingDay}`, () =>
    endOfWorkingDay(day, policy).getTime(),
  );
}

/**
 * The real hours between two instants that fall on working days, each working day counted from
 * 00:00 to its end in Stockholm (the policy's closing time, or midnight); 0 when `to` ≤ `from`.
 */
export function workingHoursBetween(from: Date, to: Date, policy: CalendarPolicy): number {
  const start = from.getTime();
  const end = to.getTime();
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError('invalid date');
  if (end <= start) return 0;
  const lastDay = dayOf(end);
  let ms = 0;
  // One step per Stockholm day, so DST days count as the 23 or 25 hours they really are.
  for (let day = dayOf(start); day <= lastDay; day = addDays(day, 1)) {
    if (nonWorkingReason(day, policy)) continue;
    const overlap = Math.min(dayEnd(day, policy), end) - Math.max(dayStart(day), start);
    if (overlap > 0) ms += overlap;
  }
  return ms / HOUR_MS;
}
