import { DateTime } from 'luxon';
import { TIME_ZONE } from '../platform/i18n/format.js';

// "2026-03-10 09:00" as typed, or as Swedish spreadsheets write it ("2026-03-10 9.00").
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]+)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An instant from what a person typed: a Stockholm local time ("2026-03-10 09:00") or an ISO 8601
 * time with its offset; null when it is neither or names no real time.
 */
export function parseStockholmTime(text: string): Date | null {
  const value = text.trim();
  const local = LOCAL.exec(value);
  if (local) {
    const [year, month, day, hour, minute, second] = local.slice(1).map((v) => Number(v ?? 0));
    const time = DateTime.fromObject(
      { year, month, day, hour, minute, second },
      { zone: TIME_ZONE },
    );
    return time.isValid ? time.toJSDate() : null;
  }
  if (!WITH_OFFSET.test(value)) return null;
  const time = DateTime.fromISO(value, { setZone: true });
  return time.isValid ? time.toJSDate() : null;
}

/** An instant as a Stockholm local time to type or read, e.g. "2026-03-10 09:00". */
export function stockholmTimeText(value: string | Date | null | undefined): string {
  if (!value) return '';
  const time = typeof value === 'string' ? DateTime.fromISO(value) : DateTime.fromJSDate(value);
  return time.isValid ? time.setZone(TIME_ZONE).toFormat('yyyy-MM-dd HH:mm') : '';
}
