import { DateTime } from 'luxon';
import type { Locale } from './define-messages.js';

export const TIME_ZONE = 'Europe/Stockholm';
const intlLocale = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

/** A calendar date (YYYY-MM-DD or ISO instant) as the user reads it, e.g. "23 nov. 2026". */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const dt =
    value.length === 10
      ? DateTime.fromISO(value, { zone: TIME_ZONE })
      : DateTime.fromISO(value, { zone: 'utc' }).setZone(TIME_ZONE);
  return dt.isValid ? dt.setLocale(intlLocale(locale)).toLocaleString(DateTime.DATE_MED) : value;
}

/** An instant in Stockholm time, e.g. "23 nov. 2026 15:25". */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const dt = DateTime.fromISO(value, { zone: 'utc' }).setZone(TIME_ZONE);
  return dt.isValid
    ? dt.setLocale(intlLocale(locale)).toLocaleString(DateTime.DATETIME_MED)
    : value;
}

/** A number with the locale's grouping, e.g. "100 000" in Swedish. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** Today's date in Stockholm as YYYY-MM-DD. */
export function stockholmDate(now: Date): string {
  return DateTime.fromJSDate(now).setZone(TIME_ZONE).toISODate() ?? '';
}
