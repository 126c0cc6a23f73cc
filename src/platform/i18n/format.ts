import { DateTime } from 'luxon';
import type { Locale } from './define-messages.js';

export const TIME_ZONE = 'Europe/Stockholm';
const intlLocale = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

// Formatters are costly to build and a register page formats hundreds of values: keep them.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}
const DATE = { year: 'numeric', month: 'short', day: 'numeric' } as const;
const DATE_TIME = { ...DATE, hour: '2-digit', minute: '2-digit' } as const;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD or ISO instant) as the user reads it, e.g. "23 nov. 2026". */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  if (CALENDAR_DATE.test(value)) {
    // A calendar date has no time zone: format it as it stands.
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return value;
    return cached(`d:${locale}`, () =>
      Intl.DateTimeFormat(intlLocale(locale), { ...DATE, timeZone: 'UTC' }),
    ).format(date);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(`dz:${locale}`, () =>
    Intl.DateTimeFormat(intlLocale(locale), { ...DATE, timeZone: TIME_ZONE }),
  ).format(date);
}

/** An instant in Stockholm time, e.g. "23 nov. 2026 15:25". */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(`dt:${locale}`, () =>
    Intl.DateTimeFormat(intlLocale(locale), { ...DATE_TIME, timeZone: TIME_ZONE }),
  ).format(date);
}

/** A number with the locale's grouping, e.g. "100 000" in Swedish. */
export function formatNumber(value: number, locale: Locale): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

/** Today's date in Stockholm as YYYY-MM-DD. */
export function stockholmDate(now: Date): string {
  return DateTime.fromJSDate(now).setZone(TIME_ZONE).toISODate() ?? '';
}
