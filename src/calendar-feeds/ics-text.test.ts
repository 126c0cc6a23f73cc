import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine } from './ics-text.js';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escaping text values', () => {
  it('escapes backslash, semicolon and comma, and writes newlines as \\n', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters that a text value may not hold, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('leaves a colon, quotes and Swedish letters as they are', () => {
    expect(escapeText('Kl. 10: "Åsa" på Öland')).toBe('Kl. 10: "Åsa" på Öland');
  });
});

describe('folding lines', () => {
  it('leaves a line of 75 octets whole and folds one of 76', () => {
    const whole = 'X'.repeat(75);
    expect(foldLine(whole)).toBe(whole);
    expect(foldLine(whole + 'Y')).toBe(`${whole}\r\n Y`);
  });

  it('folds long Swedish text with emoji at no more than 75 octets, never inside a character', () => {
    const text =
      'Sista dag att bekräfta kontona för Ekbackens skola: Åsa Öberg och Märta Ärlig 🎉🇸🇪 ' +
      'ska se över Instagram, Facebook; och TikTok — allt med å, ä och ö, ÅÄÖ och emoji 👩‍🏫📅. '.repeat(
        4,
      );
    const folded = contentLine('DESCRIPTION', escapeText(text));
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const [i, line] of lines.entries()) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A lone surrogate would mean a character was cut in two.
      expect(line).not.toMatch(LONE_SURROGATE);
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
    }
    expect(unfold(folded)).toBe(`DESCRIPTION:${escapeText(text)}`);
  });

  it('fills each line as far as a character allows, and no further', () => {
    const folded = foldLine(`SUMMARY:${'ö'.repeat(100)}`);
    const [first, second] = folded.split('\r\n');
    // 8 octets of "SUMMARY:" and 33 two-octet letters make 74; one more would be 76.
    expect(octets(first!)).toBe(74);
    expect(octets(second!)).toBe(75);
  });

  it('reads back through a real parser as the same text', () => {
    const text =
      'Rapporten ska vara klar; granskningen av Ö-vikens, Åre och Älvdalens konton 📊\n' +
      'Rad två med \\ och ännu mer text som gör raden mycket längre än sjuttiofem oktetter. 🧑‍💻';
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//Test//SV',
      'BEGIN:VEVENT',
      'UID:x@example.se',
      'DTSTAMP:20260310T090000Z',
      'DTSTART;VALUE=DATE:20260612',
      contentLine('SUMMARY', escapeText(text)),
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(text);
  });
});
