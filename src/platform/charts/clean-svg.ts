const DROPPED_ATTRIBUTES =
  /\s(?:class|role|aria-[a-z]+|pointer-events|version|xmlns:xlink)="[^"]*"/g;
const INVISIBLE = [
  /<path[^>]*\sd="(?:M0,0h0v0h0Z)?"[^>]*\/>/g,
  /<path[^>]*display="none"[^>]*\/>/g,
  /<text[^>]*\sopacity="0"[^>]*>[^<]*<\/text>/g,
];
const EMPTY_GROUP = /<g(?:\s[^>]*)?>\s*<\/g>/g;
const LONG_DECIMAL = /(\d+\.\d\d)\d+/g;

/**
 * Vega's SVG without what would break WCAG checks (roles and ARIA inside an image, which the
 * figure names) or bloat the page (classes, invisible marks, 15-digit coordinates); it scales
 * to its container. Every text is set in `font`.
 */
export function cleanSvg(svg: string, font: string): string {
  let out = svg
    .replace(DROPPED_ATTRIBUTES, '')
    .replace(/\s(?:opacity="1"|font-family="[^"]*")/g, '');
  for (const pattern of INVISIBLE) out = out.replace(pattern, '');
  let before;
  do {
    before = out;
    out = out.replace(EMPTY_GROUP, '');
  } while (out !== before);
  out = out.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(LONG_DECIMAL, '$1')}"`);
  return out.replace(
    /^<svg /,
    `<svg aria-hidden="true" focusable="false" style="max-width:100%;height:auto" font-family="${font}" `,
  );
}
