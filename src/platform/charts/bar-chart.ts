import type { TopLevelSpec } from 'vega-lite';
import { BoundedCache } from './chart-cache.js';
import {
  CHART_FONT,
  CHART_PALETTE,
  GRID,
  INK,
  MUTED,
  NUMBER_LOCALES,
  installTextMetrics,
} from './chart-style.js';
import { cleanSvg } from './clean-svg.js';
import { formatChartValue, type ChartFormat, type ChartLocale } from './format-chart-value.js';

/** One bar: its category (e.g. a unit), its value and, in grouped charts, its series. */
export interface BarDatum {
  category: string;
  value: number;
  series?: string;
}

/** What to draw; categories and series keep the order in which `data` first names them. */
export interface BarChartOptions {
  data: BarDatum[];
  format: ChartFormat;
  locale: ChartLocale;
  /** The whole chart's width in pixels; the default fits an A4 page. */
  width?: number;
  /** A title under the value axis, e.g. "Andel konton". */
  valueTitle?: string;
}

/** The width that fits the text column of an A4 page. */
export const DEFAULT_CHART_WIDTH = 640;
const BAR = 20;
const LABEL_SIZE = 12;

const unique = (values: string[]) => [...new Set(values)];

function barChartSpec(options: BarChartOptions): TopLevelSpec {
  const { format, locale } = options;
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const categories = unique(options.data.map((d) => d.category));
  const series = unique(options.data.flatMap((d) => (d.series === undefined ? [] : [d.series])));
  const grouped = series.length > 0;
  const values = options.data.map((d) => ({
    ...d,
    label: formatChartValue(d.value, format, locale),
  }));
  const percent = format === 'percent';
  return {
    width,
    height: grouped ? { step: BAR, for: 'offset' } : { step: BAR * 1.5 },
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: { left: 4, right: 8, top: 4, bottom: 4 },
    background: 'white',
    data: { values },
    config: {
      aria: false,
      locale: { number: { ...NUMBER_LOCALES[locale], grouping: [3] } },
      font: CHART_FONT,
      view: { stroke: null },
      axis: {
        labelColor: INK,
        labelFontSize: LABEL_SIZE,
        titleColor: INK,
        titleFontSize: LABEL_SIZE,
        titleFontWeight: 'normal',
        domainColor: MUTED,
        tickColor: MUTED,
        gridColor: GRID,
      },
      legend: { labelColor: INK, labelFontSize: LABEL_SIZE, symbolType: 'square' },
    },
    encoding: {
      y: {
        field: 'category',
        type: 'nominal',
        sort: categories,
        title: null,
        scale: { paddingInner: grouped ? 0.3 : 0.25 },
        axis: { labelLimit: Math.round(width * 0.45), ticks: false, grid: false },
      },
      ...(grouped ? { yOffset: { field: 'series', sort: series } } : {}),
      x: {
        field: 'value',
        type: 'quantitative',
        title: options.valueTitle ?? null,
        scale: percent ? { domain: [0, 1] } : { domainMin: 0, nice: true },
        axis: percent
          ? { format: '.0%', values: [0, 0.25, 0.5, 0.75, 1] }
          : { format: ',d', tickMinStep: 1 },
      },
    },
    layer: [
      {
        mark: { type: 'bar', ...(grouped ? {} : { color: CHART_PALETTE[0] }) },
        ...(grouped
          ? {
              encoding: {
                color: {
                  field: 'series',
                  type: 'nominal',
                  scale: { domain: series, range: CHART_PALETTE },
                  legend: { orient: 'top', title: null, direction: 'horizontal' },
                },
              },
            }
          : {}),
      },
      {
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'middle',
          dx: 4,
          fontSize: LABEL_SIZE,
          color: INK,
        },
        encoding: { text: { field: 'label' } },
      },
    ],
  } as TopLevelSpec;
}

type Engine = { vega: typeof import('vega'); compile: typeof import('vega-lite').compile };
let engine: Promise<Engine> | undefined;

// Vega is loaded on the first chart, not at start: most requests never draw one.
function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => {
    installTextMetrics(vega);
    return { vega, compile: vegaLite.compile };
  });
  return engine;
}

async function render(options: BarChartOptions): Promise<string> {
  const { vega, compile } = await loadEngine();
  // Vega-Lite warns that a fixed bar height leaves nothing to fit vertically: that is the intent.
  const spec = compile(barChartSpec(options), { logger: vega.logger(vega.Error) }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return cleanSvg(await view.toSVG(), CHART_FONT);
  } finally {
    view.finalize();
  }
}

// Closed audits keep their results, so their pages ask for the same charts again and again.
const cache = new BoundedCache<Promise<string>>(200);

/** A horizontal bar chart as an SVG string, grouped by series when the data has them. */
export function barChartSvg(options: BarChartOptions): Promise<string> {
  const key = JSON.stringify(options);
  const cached = cache.get(key);
  if (cached) return cached;
  const svg = render(options);
  cache.set(key, svg);
  svg.catch(() => cache.delete(key));
  return svg;
}
