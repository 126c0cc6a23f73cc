// RFC 5545 3.1: a content line is at most 75 octets; longer ones continue after CRLF + one space.
const LINE_OCTETS = 75;

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  ';': '\\;',
  ',': '\\,',
  '\r\n': '\\n',
  '\n': '\\n',
  '\r': '\\n',
};

/** A TEXT value as RFC 5545 3.3.11 writes it: backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return (
    value
      // Control characters other than tab and newline are not allowed in TEXT at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\r\n|[\\;,\r\n]/g, (m) => ESCAPES[m] ?? m)
  );
}

/** How many octets a code point takes in UTF-8. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line at 75 octets of UTF-8, breaking only between characters, so that no
 * multi-byte character is split; each continuation line starts with one space.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most three octets of UTF-8 (a surrogate pair is four for two units).
  if (line.length * 3 <= LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = LINE_OCTETS;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // The leading space of a continuation line counts towards its 75 octets.
      limit = LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One content line, folded: `NAME;PARAMS:value` (the value already escaped where it is TEXT). */
export function contentLine(name: string, value: string, params = ''): string {
  return foldLine(`${name}${params ? `;${params}` : ''}:${value}`);
}
