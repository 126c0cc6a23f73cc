import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { serializeCalendar, type IcsEvent } from './ics-calendar.js';

const event: IcsEvent = {
  uid: 'account-12-end@kanalkoll.exempel.se',
  date: '2026-06-12',
  stamp: '2026-03-10T09:15:30.123Z',
  summary: 'Slutdatum: Klass 7B, Ekbacken (Instagram)',
  description: 'Rad ett;\nrad två, med komma',
  url: 'https://kanalkoll.exempel.se/accounts/12?a=1,2',
  categories: ['Kanalkoll', 'Slutdatum'],
};
const text = serializeCalendar({
  prodId: '-//Kanalkoll//Kanalkoll//SV',
  name: 'Kanalkoll: Ada, Admin',
  description: 'Datum att hålla',
  timeZone: 'Europe/Stockholm',
  refresh: 'PT6H',
  events: [event],
});

describe('a serialized calendar', () => {
  it('ends every line with CRLF, and the text with one', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the properties a published calendar needs', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Kanalkoll//Kanalkoll//SV');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // An X- property is TEXT unless it says otherwise (RFC 5545 3.8.8.2), so its comma is escaped.
    expect(text).toContain('\r\nX-WR-CALNAME:Kanalkoll: Ada\\, Admin\r\n');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Stockholm');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT6H');
    expect(text).toContain('\r\nX-PUBLISHED-TTL:PT6H\r\n');
  });

  it('writes an all-day event from its day to the next, with its texts intact', () => {
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe('account-12-end@kanalkoll.exempel.se');
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2026-06-12');
    expect(parsed.endDate.toString()).toBe('2026-06-13');
    expect(parsed.summary).toBe('Slutdatum: Klass 7B, Ekbacken (Instagram)');
    expect(parsed.description).toBe('Rad ett;\nrad två, med komma');
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://kanalkoll.exempel.se/accounts/12?a=1,2',
    );
    expect(vevent.getFirstProperty('dtstamp')!.getFirstValue()!.toString()).toBe(
      '2026-03-10T09:15:30Z',
    );
    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual(['Kanalkoll', 'Slutdatum']);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20260612\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20260613\r\n');
  });

  it('ends an event on the last day of a month or year in the next one', () => {
    const last = serializeCalendar({
      prodId: 'x',
      name: 'x',
      description: '',
      timeZone: 'Europe/Stockholm',
      refresh: 'PT6H',
      events: [{ ...event, date: '2026-12-31' }],
    });
    expect(last).toContain('DTEND;VALUE=DATE:20270101');
  });
});
