import { describe, expect, it } from 'vitest';
import { barChartSvg, type BarChartOptions } from './bar-chart.js';
import { CHART_PALETTE } from './chart-style.js';

const byYear: BarChartOptions = {
  data: [
    { category: 'Kultur- och fritidsförvaltningen', series: '2026', value: 0.655 },
    { category: 'Kultur- och fritidsförvaltningen', series: '2025', value: 0.5 },
    { category: 'Barn- och utbildningsförvaltningen', series: '2026', value: 0.81 },
    { category: 'Barn- och utbildningsförvaltningen', series: '2025', value: 0.72 },
  ],
  format: 'percent',
  locale: 'sv',
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const bars = (svg: string) => [...svg.matchAll(/<path d="[^"]*" fill="(#[0-9a-fA-F]{6})"/g)];

function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (lum + 0.05);
}

describe('barChartSvg', () => {
  it('draws a bar and a value label for every value, with a legend of the series', async () => {
    const svg = await barChartSvg(byYear);
    const labels = texts(svg);
    expect(labels).toEqual(
      expect.arrayContaining(['65,5\u00a0%', '50\u00a0%', '81\u00a0%', '72\u00a0%']),
    );
    expect(labels).toEqual(expect.arrayContaining(['2025', '2026', '0\u00a0%', '100\u00a0%']));
    expect(labels).toEqual(expect.arrayContaining(['Barn- och utbildningsförvaltningen']));
    // Four bars and two legend squares, in the first two colours of the palette.
    expect(bars(svg).filter((m) => m[0].includes('h-')).length).toBeGreaterThanOrEqual(4);
    expect(svg).toContain(`fill="${CHART_PALETTE[0]}"`);
    expect(svg).toContain(`fill="${CHART_PALETTE[1]}"`);
  });

  it('keeps the order of categories and series as given', async () => {
    const labels = texts(await barChartSvg(byYear));
    expect(labels.indexOf('Kultur- och fritidsförvaltningen')).toBeLessThan(
      labels.indexOf('Barn- och utbildningsförvaltningen'),
    );
    expect(labels.indexOf('2026')).toBeLessThan(labels.indexOf('2025'));
  });

  it('writes percent the English way in English', async () => {
    const labels = texts(await barChartSvg({ ...byYear, locale: 'en' }));
    expect(labels).toEqual(expect.arrayContaining(['65.5%', '72%', '100%']));
  });

  it('draws counts with grouped digits and one colour', async () => {
    const svg = await barChartSvg({
      data: [
        { category: 'Inom svarstiden', value: 1234 },
        { category: 'Inget svar', value: 12 },
      ],
      format: 'count',
      locale: 'sv',
    });
    expect(texts(svg)).toEqual(expect.arrayContaining(['1\u00a0234', '12']));
    expect(svg).not.toContain(`fill="${CHART_PALETTE[1]}"`);
  });

  it('is the same SVG for the same input, also when drawn anew', async () => {
    const first = await barChartSvg(byYear);
    const copy = structuredClone(byYear);
    copy.width = 640;
    expect(await barChartSvg(copy)).toBe(first);
  });

  it('draws a chart asked for again only once', () => {
    const options = { ...byYear, width: 500 };
    expect(barChartSvg(options)).toBe(barChartSvg({ ...options }));
  });

  it('scales, and leaves nothing that clashes with the figure naming it', async () => {
    const svg = await barChartSvg(byYear);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 640 \d+"/);
    expect(svg).toContain('max-width:100%');
    expect(svg).not.toMatch(/\s(role|class|aria-label|aria-roledescription|id)=/);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  it('uses colours with at least 3:1 contrast against white', () => {
    for (const colour of CHART_PALETTE) expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(3);
  });
});
