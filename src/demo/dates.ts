const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The YYYY-MM-DD date that many days after (or, when negative, before) another. */
export function addDays(date: string, days: number): string {
  return new Date(toTime(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The last school day before the summer (mid-June) that is still ahead of a date. */
export function nextSchoolYearEnd(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-06-12`;
  return thisYear > today ? thisYear : `${year + 1}-06-12`;
}
