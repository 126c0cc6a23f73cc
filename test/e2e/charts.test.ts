import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barChartSvg } from '../../src/platform/charts/bar-chart.js';
import { ChartFigure } from '../../src/platform/charts/chart-figure.js';
import { formatChartValue } from '../../src/platform/charts/format-chart-value.js';
import { expectAccessible, findChromium } from './support/browser.js';

const chromiumPath = findChromium();
const css = readFileSync(join(import.meta.dirname, '../../public/app.css'), 'utf8');

const units = [
  'Barn- och utbildningsförvaltningen',
  'Kultur- och fritidsförvaltningen',
  'Biblioteket',
];
const shares = [
  [0.72, 0.81],
  [0.5, 0.655],
  [1, 0.9],
];
const years = ['2025', '2026'];
const counts = [
  { category: 'Inom svarstiden', value: 1234 },
  { category: 'Sent svar', value: 87 },
  { category: 'Inget svar', value: 12 },
];

/** A page with two charts as an audit result would show them. */
async function chartsPage(): Promise<string> {
  const percent = await barChartSvg({
    data: units.flatMap((category, i) =>
      years.map((series, j) => ({ category, series, value: shares[i]![j]! })),
    ),
    format: 'percent',
    locale: 'sv',
    valueTitle: 'Andel besvarade frågor',
  });
  const count = await barChartSvg({ data: counts, format: 'count', locale: 'sv' });
  const pct = (v: number) => formatChartValue(v, 'percent', 'sv');
  const figures = [
    ChartFigure({
      id: 'answers-by-unit',
      title: 'Besvarade frågor per förvaltning',
      description: 'Andelen besvarade frågor steg i två av tre förvaltningar.',
      svg: percent,
      table: {
        caption: 'Besvarade frågor per förvaltning och år',
        head: ['Förvaltning', ...years],
        rows: units.map((u, i) => [u, ...shares[i]!.map(pct)]),
      },
    }),
    ChartFigure({
      id: 'answer-times',
      title: 'Svarstider',
      description: 'De flesta frågor besvarades inom svarstiden.',
      svg: count,
      table: {
        caption: 'Antal frågor efter svarstid',
        head: ['Svarstid', 'Antal'],
        rows: counts.map((c) => [c.category, formatChartValue(c.value, 'count', 'sv')]),
      },
    }),
  ];
  const body = `<main><h1>Granskningsresultat</h1>${figures.map(String).join('')}</main>`;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Diagram</title><style>${css}</style></head><body>${body}</body></html>`;
}

describe.skipIf(!chromiumPath)('charts in a browser', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath!,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.setContent(await chartsPage());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('meets WCAG 2.1 AA (axe)', async () => {
    await expectAccessible(page);
  });

  it('names each chart by its caption and describes it', async () => {
    const chart = page.getByRole('img', { name: 'Besvarade frågor per förvaltning' });
    await expect(chart.getAttribute('aria-describedby')).resolves.toBe('answers-by-unit-desc');
    await expect(page.getByRole('img', { name: 'Svarstider' }).count()).resolves.toBe(1);
  });

  it('scales the charts down to a narrow screen', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    const width = await page
      .locator('#answers-by-unit svg')
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 900, height: 1200 });
  });

  it('draws clean, readable charts (screenshot)', async () => {
    const dir = join(tmpdir(), 'kanalkoll-charts');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'charts.png'), fullPage: true });
  });
});
