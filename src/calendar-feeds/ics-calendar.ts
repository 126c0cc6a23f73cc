import { addDays, icsDate, icsDateTime } from './ics-dates.js';
import { contentLine, escapeText } from './ics-text.js';

/** One all-day event of a published calendar. */
export interface IcsEvent {
  /** Stable across requests, so that a calendar updates the event instead of adding another. */
  uid: string;
  /** The day it falls on, YYYY-MM-DD. */
  date: string;
  /** When what the event says last changed (ISO instant). */
  stamp: string;
  summary: string;
  description: string;
  url: string;
  categories: string[];
}

/** A published calendar: its name and how often clients should fetch it again. */
export interface IcsCalendar {
  prodId: string;
  name: string;
  description: string;
  timeZone: string;
  /** An RFC 5545 duration, e.g. PT6H. */
  refresh: string;
  events: Iterable<IcsEvent>;
}

const CRLF = '\r\n';

/** The content lines of one all-day event (DTEND is the next day: the end is exclusive). */
export function eventLines(event: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', event.uid),
    contentLine('DTSTAMP', icsDateTime(event.stamp)),
    contentLine('DTSTART', icsDate(event.date), 'VALUE=DATE'),
    contentLine('DTEND', icsDate(addDays(event.date, 1)), 'VALUE=DATE'),
    contentLine('SUMMARY', escapeText(event.summary)),
    contentLine('DESCRIPTION', escapeText(event.description)),
    contentLine('URL', event.url, 'VALUE=URI'),
    // A deadline is not a meeting: it does not make the person busy.
    'TRANSP:TRANSPARENT',
  ];
  if (event.categories.length > 0)
    lines.push(contentLine('CATEGORIES', event.categories.map(escapeText).join(',')));
  lines.push('END:VEVENT');
  return lines;
}

/** The calendar's header lines, before its events. */
export function calendarHeadLines(calendar: Omit<IcsCalendar, 'events'>): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', calendar.prodId),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('NAME', escapeText(calendar.name)),
    contentLine('X-WR-CALNAME', escapeText(calendar.name)),
    contentLine('DESCRIPTION', escapeText(calendar.description)),
    contentLine('X-WR-CALDESC', escapeText(calendar.description)),
    contentLine('X-WR-TIMEZONE', calendar.timeZone),
    contentLine('REFRESH-INTERVAL', calendar.refresh, 'VALUE=DURATION'),
    contentLine('X-PUBLISHED-TTL', calendar.refresh),
  ];
}

/** The whole calendar as RFC 5545 text: CRLF line ends, every line folded at 75 octets. */
export function serializeCalendar(calendar: IcsCalendar): string {
  const lines = calendarHeadLines(calendar);
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}
