import { describe, expect, it } from 'vitest';
import { parseStockholmTime, stockholmTimeText } from './question-time.js';

describe('parseStockholmTime', () => {
  it('reads Stockholm local time in winter and summer', () => {
    expect(parseStockholmTime('2026-03-10 09:00')?.toISOString()).toBe('2026-03-10T08:00:00.000Z');
    expect(parseStockholmTime('2026-06-18 10:00')?.toISOString()).toBe('2026-06-18T08:00:00.000Z');
    expect(parseStockholmTime('2026-03-10T9.05')?.toISOString()).toBe('2026-03-10T08:05:00.000Z');
  });

  it('reads ISO 8601 with an offset as the instant it names', () => {
    expect(parseStockholmTime('2026-03-10T09:00:00+01:00')?.toISOString()).toBe(
      '2026-03-10T08:00:00.000Z',
    );
    expect(parseStockholmTime('2026-03-10T08:00:00Z')?.toISOString()).toBe(
      '2026-03-10T08:00:00.000Z',
    );
  });

  it('refuses what is no time', () => {
    for (const text of [
      '',
      'igår',
      '2026-03-10',
      '2026-02-30 09:00',
      '2026-03-10 25:00',
      '10/3 09:00',
    ])
      expect(parseStockholmTime(text), text).toBeNull();
  });
});

describe('stockholmTimeText', () => {
  it('shows an instant as Stockholm local time to type again', () => {
    expect(stockholmTimeText('2026-06-18T08:00:00.000Z')).toBe('2026-06-18 10:00');
    expect(stockholmTimeText(null)).toBe('');
  });
});
