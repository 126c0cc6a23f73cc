import type { Child } from 'hono/jsx';
import { barChartSvg } from '../platform/charts/bar-chart.js';
import { ChartFigure } from '../platform/charts/chart-figure.js';
import type { Ctx } from '../platform/http/context.js';
import { formatNumber } from '../platform/i18n/format.js';
import { itemText, percentText } from './spot-check-format.js';
import type { SpotCheckResults } from './spot-check-results.js';

/** The results as bar charts, each with its data as a table; nothing until an account is checked. */
export async function spotCheckCharts(c: Ctx, r: SpotCheckResults): Promise<Child> {
  const t = c.get('t');
  const locale = c.get('locale');
  if (r.checked === 0 || !r.sample) return null;
  const num = (v: number) => formatNumber(v, locale);
  const pct = (v: number) => percentText(v, locale);
  const statuses = [
    { category: t('spot_check.chart.active'), value: r.counts.active },
    { category: t('spot_check.chart.inactive'), value: r.counts.inactive },
    { category: t('spot_check.count.private'), value: r.counts.private },
    { category: t('spot_check.count.gone'), value: r.counts.gone },
    { category: t('spot_check.count.not_checked'), value: r.notChecked },
  ];
  const assessed = r.items.filter((i) => i.assessed > 0);
  const rateSeries = t('spot_check.chart.rate_series');
  const udlSeries = t('spot_check.chart.udl_series');
  const [statusSvg, deviationSvg] = await Promise.all([
    barChartSvg({
      data: statuses,
      format: 'count',
      locale,
      valueTitle: t('spot_check.col.accounts'),
    }),
    assessed.length === 0
      ? null
      : barChartSvg({
          data: assessed.flatMap((i) => [
            { category: itemText(i, locale), value: i.rate ?? 0, series: rateSeries },
            { category: itemText(i, locale), value: i.upperLimit ?? 0, series: udlSeries },
          ]),
          format: 'percent',
          locale,
        }),
  ]);
  return (
    <>
      <ChartFigure
        id="chart-statuses"
        title={t('spot_check.chart.status_title')}
        description={t('spot_check.chart.status_desc', { n: num(r.sampleSize) })}
        svg={statusSvg}
        table={{
          caption: t('spot_check.chart.status_table'),
          head: [t('spot_check.col.status'), t('spot_check.col.accounts')],
          rows: statuses.map((s) => [s.category, num(s.value)]),
        }}
      />
      {deviationSvg && (
        <ChartFigure
          id="chart-deviations"
          title={t('spot_check.chart.deviation_title')}
          description={t('spot_check.chart.deviation_desc', {
            tolerable: percentText(r.sample.params.tolerableRate, locale, 2),
          })}
          svg={deviationSvg}
          table={{
            caption: t('spot_check.chart.deviation_table'),
            head: [t('spot_check.col.item'), rateSeries, udlSeries],
            rows: assessed.map((i) => [
              itemText(i, locale),
              pct(i.rate ?? 0),
              pct(i.upperLimit ?? 0),
            ]),
          }}
        />
      )}
    </>
  );
}
