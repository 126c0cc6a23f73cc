import { DateTime } from 'luxon';

/** The YYYY-MM-DD date some days after (negative: before) another. */
export function shiftDate(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? date;
}

/** The YYYY-MM-DD date some months after another (the last day of a shorter month). */
export function addMonths(date: string, months: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ months }).toISODate() ?? date;
}

/** The calendar month of a date, YYYY-MM: the period of a gap that lingers without a date of its own. */
export const monthOf = (date: string) => date.slice(0, 7);

/** Whole calendar days from one YYYY-MM-DD date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
