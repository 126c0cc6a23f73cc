/**
 * Okabe–Ito hues, darkened where needed so every colour has at least 3:1 contrast against
 * white; the order keeps neighbouring series apart for colour-blind readers.
 */
export const CHART_PALETTE = ['#0072B2', '#D55E00', '#007A5A', '#A64D79', '#8C6400', '#4D4D4D'];

/** The system sans-serif the pages use. */
export const CHART_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

export const INK = '#1b1f24';
export const MUTED = '#4a5260';
export const GRID = '#dde1e6';

/** Number formatting for axis ticks, as Swedish and British readers write numbers. */
export const NUMBER_LOCALES = {
  sv: {
    decimal: ',',
    thousands: '\u00a0',
    grouping: [3],
    currency: ['', '\u00a0kr'],
    percent: '\u00a0%',
  },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], percent: '%' },
} as const;

// Widths in em of a broad system sans-serif (DejaVu Sans is the widest likely one), so labels
// laid out in Node never end up wider than the browser draws them.
const NARROW = /[ijl.,:;'|!()[\]\s]/;
const WIDE = /[mwMW@%]/;
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.34;
    else if (WIDE.test(ch)) em += 0.95;
    else if (ch !== ch.toLowerCase()) em += 0.72;
    else em += 0.62;
  }
  return Math.ceil(em * fontSize);
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
}
/**
 * Replaces Vega's text measure: without a canvas it guesses 0.8 em a character, which squeezes
 * the bars to make room for long unit names; vega-scenegraph supports replacing the guess.
 */
export function installTextMetrics(vega: unknown): void {
  const metrics = (vega as { textMetrics: { width: unknown } }).textMetrics;
  metrics.width = (item: TextItem, text?: unknown): number => {
    const value = text ?? item.text ?? '';
    const lines = Array.isArray(value) ? value : [value];
    return Math.max(0, ...lines.map((line) => textWidth(String(line), item.fontSize ?? 11)));
  };
}
