import { describe, expect, it } from 'vitest';
import { swedishSortKey } from './sort-key.js';

const byKey = (names: string[]) =>
  [...names].sort((a, b) =>
    swedishSortKey(a) < swedishSortKey(b) ? -1 : swedishSortKey(a) > swedishSortKey(b) ? 1 : 0,
  );

describe('Swedish sort key', () => {
  it('puts å, ä and ö after z, in that order', () => {
    expect(byKey(['Östra skolan', 'Ängens förskola', 'Zorngården', 'Åsens skola', 'Alby'])).toEqual(
      ['Alby', 'Zorngården', 'Åsens skola', 'Ängens förskola', 'Östra skolan'],
    );
  });

  it('agrees with Intl.Collator("sv") on realistic unit and account names', () => {
    const names = [
      'Malmö stad',
      'malmo museer',
      'Kulturförvaltningen',
      'Kultur i Väst',
      'Äldreomsorgen',
      'Åbyskolan',
      'Öresundsskolan',
      'Ekbackens förskola',
      'Écoles françaises',
      'Vällingby bibliotek',
      'Wendelsbergs folkhögskola',
      'Västra Hamnen',
      'Zeta',
      'Aa-skolan',
      '123 Fritid',
      'Förskolan Ängen',
      'Förskolan Aspen',
      'Gymnasieskola Nord',
      'gymnasieskola Öst',
    ];
    const collator = new Intl.Collator('sv', { sensitivity: 'base', ignorePunctuation: true });
    const expected = [...names].sort(collator.compare).map(swedishSortKey);
    expect(byKey(names).map(swedishSortKey)).toEqual(expected);
  });

  it('ignores case, spaces and punctuation', () => {
    expect(swedishSortKey('  Stads-Biblioteket ')).toBe(swedishSortKey('stadsbiblioteket'));
  });
});
