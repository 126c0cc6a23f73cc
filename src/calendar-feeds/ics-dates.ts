/** A calendar date (YYYY-MM-DD) in the basic form of RFC 5545 DATE: 20260612. */
export function icsDate(date: string): string {
  return date.replaceAll('-', '');
}

/** An instant as RFC 5545 DATE-TIME in UTC: 20260612T083000Z. */
export function icsDateTime(instant: string | Date): string {
  const iso = (typeof instant === 'string' ? new Date(instant) : instant).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The calendar date a number of days after another (negative: before). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
