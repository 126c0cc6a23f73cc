import type { Locale } from '../platform/i18n/define-messages.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { YearRow } from './compare-years.js';
import type { ResponseTimeResults } from './response-time-results.js';
import { percentText, pointsText } from './question-labels.js';
import { TableWrap } from './question-table-wrap.js';

interface Props {
  t: Translate;
  locale: Locale;
}

function RateCell(
  props: Props & {
    row: YearRow;
    rate: 'responseRate' | 'withinRate' | 'lateRate' | 'noAnswerRate' | 'signedRate';
  },
) {
  const { row, rate, locale, t } = props;
  const value = row[rate];
  const change = row.change?.[rate] ?? null;
  return (
    <td class="num nowrap">
      {value ? percentText(value.value, locale) : '–'}
      {change !== null && (
        <span class="change"> {t('questions.points', { points: pointsText(change, locale) })}</span>
      )}
    </td>
  );
}

/** This year beside earlier ones; changes in percentage points against the year before. */
export function ComparisonTable(props: Props & { results: ResponseTimeResults }) {
  const { t, locale, results } = props;
  const totalsYears = new Set(results.earlier.filter((e) => e.totalsOnly).map((e) => e.year));
  const cell = (row: YearRow, rate: Parameters<typeof RateCell>[0]['rate']) => (
    <RateCell row={row} rate={rate} t={t} locale={locale} />
  );
  return (
    <TableWrap label={t('questions.comparison_caption')}>
      <table class="figures comparison">
        <caption>{t('questions.comparison_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questions.col.year')}</th>
            <th scope="col" class="num">
              {t('questions.col.asked')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.response_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.within_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.late_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.no_answer_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.signed_rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {results.comparison.map((row) => (
            <tr class={row.current ? 'current' : undefined}>
              <th scope="row">
                {row.year}
                {row.current && ` ${t('questions.this_audit')}`}
                {!row.current && totalsYears.has(row.year) && (
                  <span class="muted"> {t('questions.totals_only')}</span>
                )}
              </th>
              <td class="num">{row.asked}</td>
              {cell(row, 'responseRate')}
              {cell(row, 'withinRate')}
              {cell(row, 'lateRate')}
              {cell(row, 'noAnswerRate')}
              {cell(row, 'signedRate')}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
