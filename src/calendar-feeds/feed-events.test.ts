import { describe, expect, it } from 'vitest';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { translator } from '../platform/i18n/translate.js';
import { feedEvents, GROUP_OVER, MAX_EVENTS } from './feed-events.js';
import type { FeedScope } from './feed-scope.js';
import { addDays } from './ics-dates.js';
import type { Obligation } from './obligation.js';

const t = translator('sv');
const links = { base: 'https://kanalkoll.exempel.se', host: 'kanalkoll.exempel.se' };
const unit: FeedScope = { kind: 'unit', unitId: 5, unitPath: '/1/5/', name: 'Skolan' };
const person: FeedScope = { kind: 'person', userId: 7, name: 'Olle' };

const ending = (id: number, date: string, name = `Konto ${id}`): Obligation => ({
  kind: 'end',
  subjectId: id,
  date,
  changedAt: `2026-03-0${(id % 9) + 1}T08:00:00.000Z`,
  name,
  sortKey: swedishSortKey(name),
  texts: () => ({ summary: `Slutdatum: ${name}`, description: 'Text' }),
  path: `/accounts/${id}`,
});

describe('the events of a feed', () => {
  it('keeps up to a few obligations of a kind on a day as events of their own', () => {
    const items = Array.from({ length: GROUP_OVER }, (_, i) => ending(i + 1, '2026-06-12'));
    const events = feedEvents(items, unit, links, t, '2026-03-10');
    expect(events.map((e) => e.uid)).toEqual([
      'account-1-end@kanalkoll.exempel.se',
      'account-2-end@kanalkoll.exempel.se',
      'account-3-end@kanalkoll.exempel.se',
    ]);
    expect(events[0]!.description).toBe('Text\n\nhttps://kanalkoll.exempel.se/accounts/1');
  });

  it('gathers a crowded day in a unit’s feed into one event, naming the first and counting the rest', () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      ending(i + 1, '2026-06-12', `Klass ${String(30 - i).padStart(2, '0')}`),
    );
    items.push(ending(31, '2026-06-12', 'Ängens förskola'), ending(32, '2026-06-12', 'Zoo'));
    const [event, ...rest] = feedEvents(items, unit, links, t, '2026-03-10');
    expect(rest).toEqual([]);
    expect(event!.summary).toBe('Slutdatum för 32 konton');
    expect(event!.uid).toBe('unit-5-end-2026-06-12@kanalkoll.exempel.se');
    expect(event!.stamp).toBe('2026-03-09T08:00:00.000Z');
    const lines = event!.description.split('\n');
    expect(lines[0]).toBe('Konton i Skolan som når sitt slutdatum:');
    expect(lines[1]).toBe('– Klass 01');
    expect(lines[25]).toBe('– Klass 25');
    expect(lines[26]).toBe('… och 7 till');
    const few = feedEvents(items.slice(25), unit, links, t, '2026-03-10')[0]!;
    expect(few.description.split('\n').slice(1, 8)).toEqual([
      '– Klass 01',
      '– Klass 02',
      '– Klass 03',
      '– Klass 04',
      '– Klass 05',
      '– Zoo',
      '– Ängens förskola',
    ]);
  });

  it('never gathers a person’s own obligations', () => {
    const items = Array.from({ length: 10 }, (_, i) => ending(i + 1, '2026-06-12'));
    expect(feedEvents(items, person, links, t, '2026-03-10')).toHaveLength(10);
  });

  it('holds at most MAX_EVENTS, keeping those nearest today, in day order', () => {
    const today = '2026-03-10';
    const items = Array.from({ length: MAX_EVENTS + 100 }, (_, i) =>
      ending(i + 1, addDays(today, i % 2 === 0 ? i : -i)),
    );
    const events = feedEvents(items, person, links, t, today);
    expect(events).toHaveLength(MAX_EVENTS);
    const days = events.map((e) => e.date);
    expect(days).toEqual([...days].sort());
    expect(days).toContain(today);
    expect(days).not.toContain(addDays(today, MAX_EVENTS + 98));
  });
});
