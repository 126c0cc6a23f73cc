import { addDays, type CalendarDay } from '../calendar/calendar-day.js';
import type { CalendarPolicy } from '../calendar/calendar-policy.js';
import {
  endOfWorkingDay,
  nonWorkingReason,
  stockholmDay,
  stockholmDayStart,
} from '../calendar/working-days.js';

const HOUR_MS = 3_600_000;

function dayEnd(day: CalendarDay, policy: CalendarPolicy): number {
  // endOfWorkingDay gives 23:59:59.999 for 24:00; the next midnight keeps the last millisecond.
  if (policy.endOfWorkingDay === '24:00') return stockholmDayStart(addDays(day, 1));
  return endOfWorkingDay(day, policy).getTime();
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
  const lastDay = stockholmDay(end);
  let ms = 0;
  // One step per Stockholm day, so DST days count as the 23 or 25 hours they really are.
  for (let day = stockholmDay(start); day <= lastDay; day = addDays(day, 1)) {
    if (nonWorkingReason(day, policy)) continue;
    const overlap = Math.min(dayEnd(day, policy), end) - Math.max(stockholmDayStart(day), start);
    if (overlap > 0) ms += overlap;
  }
  return ms / HOUR_MS;
}
