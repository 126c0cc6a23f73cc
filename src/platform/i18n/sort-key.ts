// Characters after "z" in byte order, so that å, ä, ö sort last as in the Swedish alphabet.
const SWEDISH_LAST: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}' };
const FOLDED: Record<string, string> = { ü: 'y', ß: 'ss', œ: 'oe', ð: 'd', þ: 'th', ł: 'l' };

/**
 * A key whose plain byte order is Swedish alphabetical order (as Intl.Collator('sv') sorts at
 * primary strength): the database sorts by it with an index, which no collation in SQLite can.
 */
export function swedishSortKey(value: string): string {
  let out = '';
  for (const ch of value.trim().toLowerCase()) {
    const last = SWEDISH_LAST[ch];
    if (last) {
      out += last;
      continue;
    }
    const folded = FOLDED[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
    // Punctuation and spaces are ignored at primary strength, as the collator does.
    out += folded.replace(/[^\p{L}\p{N}]/gu, '');
  }
  return out;
}
