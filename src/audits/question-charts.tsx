import type { Child } from 'hono/jsx';
import { barChartSvg, type BarDatum } from '../platform/charts/bar-chart.js';
import { ChartFigure } from '../platform/charts/chart-figure.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Rate } from './response-time-figures.js';
import type { ResponseTimeResults } from './response-time-results.js';
import { percentText, rateText } from './question-labels.js';

interface Series {
  name: string;
  rate: (row: number) => Rate | null;
}

function bars(categories: string[], series: Series[]): BarDatum[] {
  return categories.flatMap((category, i) =>
    series.flatMap((s) => {
      const value = s.rate(i)?.value;
      // A rate over nothing has no bar; the table beneath says so with a dash.
      return value === null || value === undefined ? [] : [{ category, series: s.name, value }];
    }),
  );
}

async function platformChart(t: Translate, locale: Locale, results: ResponseTimeResults) {
  const groups = results.byPlatform.filter((g) => g.figures.asked > 0);
  if (groups.length === 0) return null;
  const categories = groups.map((g) => g.name);
  const series: Series[] = [
    { name: t('questions.col.response_rate'), rate: (i) => groups[i]!.figures.responseRate },
    { name: t('questions.col.within_rate'), rate: (i) => groups[i]!.figures.withinRate },
  ];
  const best = [...groups].sort(
    (a, b) => (b.figures.responseRate.value ?? 0) - (a.figures.responseRate.value ?? 0),
  )[0]!;
  const svg = await barChartSvg({ data: bars(categories, series), format: 'percent', locale });
  return (
    <ChartFigure
      id="chart-platforms"
      title={t('questions.chart_platforms')}
      description={t('questions.chart_platforms_desc', {
        name: best.name,
        rate: percentText(best.figures.responseRate.value, locale),
      })}
      svg={svg}
      table={{
        caption: t('questions.chart_platforms_data'),
        head: [t('questions.col.platform'), ...series.map((s) => s.name)],
        rows: groups.map((g, i) => [g.name, ...series.map((s) => rateText(s.rate(i), locale))]),
      }}
    />
  );
}

async function yearChart(t: Translate, locale: Locale, results: ResponseTimeResults) {
  const rows = results.comparison;
  if (rows.length < 2) return null;
  const categories = rows.map((r) => String(r.year));
  const series: Series[] = [
    { name: t('questions.col.response_rate'), rate: (i) => rows[i]!.responseRate },
    { name: t('questions.col.within_rate'), rate: (i) => rows[i]!.withinRate },
    { name: t('questions.col.no_answer_rate'), rate: (i) => rows[i]!.noAnswerRate },
  ];
  const svg = await barChartSvg({ data: bars(categories, series), format: 'percent', locale });
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return (
    <ChartFigure
      id="chart-years"
      title={t('questions.chart_years')}
      description={t('questions.chart_years_desc', {
        from: first.year,
        to: last.year,
        before: percentText(first.responseRate.value, locale),
        after: percentText(last.responseRate.value, locale),
      })}
      svg={svg}
      table={{
        caption: t('questions.chart_years_data'),
        head: [t('questions.col.year'), ...series.map((s) => s.name)],
        rows: rows.map((r, i) => [
          String(r.year),
          ...series.map((s) => rateText(s.rate(i), locale)),
        ]),
      }}
    />
  );
}

/** The charts of a response-time audit, each with its data as a table. */
export async function responseTimeCharts(
  t: Translate,
  locale: Locale,
  results: ResponseTimeResults,
): Promise<Child> {
  const [platforms, years] = await Promise.all([
    platformChart(t, locale, results),
    yearChart(t, locale, results),
  ]);
  if (!platforms && !years) return null;
  return (
    <>
      {platforms}
      {years}
    </>
  );
}
