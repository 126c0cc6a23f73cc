import { addDays, calendarDay, weekday, type CalendarDay } from './calendar-day.js';
import { easterSunday } from './easter.js';

/** The days off by law (lag 1989:253) and custom (the three eves), by their Swedish names. */
export const HOLIDAY_KEYS = [
  'nyarsdagen',
  'trettondedag_jul',
  'langfredagen',
  'paskdagen',
  'annandag_pask',
  'forsta_maj',
  'kristi_himmelsfardsdag',
  'pingstdagen',
  'annandag_pingst',
  'nationaldagen',
  'midsommarafton',
  'midsommardagen',
  'alla_helgons_dag',
  'julafton',
  'juldagen',
  'annandag_jul',
  'nyarsafton',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

/** A day that is not a working day for a reason other than being a weekend. */
export interface Holiday {
  date: CalendarDay;
  key: HolidayKey;
  /** A public holiday by law, or an eve that is kept free by custom. */
  kind: 'public_holiday' | 'eve';
}

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** The first Saturday on or after a day. */
function saturdayFrom(day: CalendarDay): CalendarDay {
  return addDays(day, (6 - weekday(day) + 7) % 7);
}

/** Every holiday and free eve of a year, in date order. */
export function swedishHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw new RangeError(`The calendar covers ${FIRST_YEAR}–${LAST_YEAR}, not ${year}.`);
  const easter = easterSunday(year);
  const midsommardagen = saturdayFrom(calendarDay(year, 6, 20));
  const days: Holiday[] = [
    { date: calendarDay(year, 1, 1), key: 'nyarsdagen', kind: 'public_holiday' },
    { date: calendarDay(year, 1, 6), key: 'trettondedag_jul', kind: 'public_holiday' },
    { date: addDays(easter, -2), key: 'langfredagen', kind: 'public_holiday' },
    { date: easter, key: 'paskdagen', kind: 'public_holiday' },
    { date: addDays(easter, 1), key: 'annandag_pask', kind: 'public_holiday' },
    { date: calendarDay(year, 5, 1), key: 'forsta_maj', kind: 'public_holiday' },
    { date: addDays(easter, 39), key: 'kristi_himmelsfardsdag', kind: 'public_holiday' },
    { date: addDays(easter, 49), key: 'pingstdagen', kind: 'public_holiday' },
    // SFS 2004:1318: from 2005 the national day replaced Whit Monday as a public holiday.
    year <= 2004
      ? { date: addDays(easter, 50), key: 'annandag_pingst', kind: 'public_holiday' }
      : { date: calendarDay(year, 6, 6), key: 'nationaldagen', kind: 'public_holiday' },
    { date: addDays(midsommardagen, -1), key: 'midsommarafton', kind: 'eve' },
    { date: midsommardagen, key: 'midsommardagen', kind: 'public_holiday' },
    {
      date: saturdayFrom(calendarDay(year, 10, 31)),
      key: 'alla_helgons_dag',
      kind: 'public_holiday',
    },
    { date: calendarDay(year, 12, 24), key: 'julafton', kind: 'eve' },
    { date: calendarDay(year, 12, 25), key: 'juldagen', kind: 'public_holiday' },
    { date: calendarDay(year, 12, 26), key: 'annandag_jul', kind: 'public_holiday' },
    { date: calendarDay(year, 12, 31), key: 'nyarsafton', kind: 'eve' },
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
