/** A calendar day as YYYY-MM-DD, without time or zone. */
export type CalendarDay = string;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day of a year, month (1–12) and day of month. */
export function calendarDay(year: number, month: number, day: number): CalendarDay {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The day `days` after (or before, when negative) another. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return calendarDay(y, m, d + days);
}

/** 0 for Sunday … 6 for Saturday. */
export function weekday(day: CalendarDay): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
