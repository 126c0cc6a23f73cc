/** How a chart's values read: shares from 0 to 1 shown as percent, or whole counts. */
export type ChartFormat = 'percent' | 'count';
/** The languages charts are drawn in. */
export type ChartLocale = 'sv' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

/** A chart value as text, e.g. "72,5 %" (sv) or "72.5%" (en); counts get digit grouping. */
export function formatChartValue(value: number, format: ChartFormat, locale: ChartLocale): string {
  const key = `${format}:${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(
      locale === 'sv' ? 'sv-SE' : 'en-GB',
      format === 'percent'
        ? { style: 'percent', maximumFractionDigits: 1 }
        : { maximumFractionDigits: 0 },
    );
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
