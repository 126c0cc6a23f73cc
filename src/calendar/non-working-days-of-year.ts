import type { CalendarDay } from './calendar-day.js';
import type { CalendarPolicy } from './calendar-policy.js';
import { swedishHolidays, type HolidayKey } from './swedish-holidays.js';

/** A listed day off: a holiday or free eve by its key, or one of the organisation's own. */
export type NonWorkingDay =
  | { date: CalendarDay; kind: 'public_holiday' | 'eve'; key: HolidayKey }
  | { date: CalendarDay; kind: 'extra'; key: 'extra'; name: string };

/** The holidays, free eves and the organisation's own closed days of a year, weekends aside. */
export function nonWorkingDaysOfYear(year: number, policy: CalendarPolicy): NonWorkingDay[] {
  const days: NonWorkingDay[] = [
    ...swedishHolidays(year),
    ...policy.extraClosedDays
      .filter((d) => d.date.startsWith(`${year}-`))
      .map((d) => ({ date: d.date, kind: 'extra' as const, key: 'extra' as const, name: d.name })),
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
