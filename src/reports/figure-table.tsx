import type { Locale } from '../platform/i18n/define-messages.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { ReportCounts } from './yearly-report.js';

/** The figures of the report, in the order of its columns. */
export const FIGURE_COLUMNS = [
  'new',
  'existing',
  'blocked',
  'closed',
  'gone',
  'confirmed',
] as const;
const COLUMNS = FIGURE_COLUMNS;

/** A table of figures: a caption, a header row, rows with a heading cell, and a total. */
export function FigureTable(props: {
  id: string;
  caption: string;
  first: string;
  rows: { head: string; counts: ReportCounts }[];
  total?: { head: string; counts: ReportCounts };
  t: Translate;
  locale: Locale;
}) {
  const { t, locale } = props;
  const cells = (c: ReportCounts) =>
    // A report kept with a round before blocked closures were counted has no such figure.
    COLUMNS.map((k) => <td class="num">{formatNumber(c[k] ?? 0, locale)}</td>);
  return (
    <div class="table-wrap" role="region" tabindex={0} aria-labelledby={`${props.id}-caption`}>
      <table class="report-table" id={props.id}>
        <caption id={`${props.id}-caption`}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.first}</th>
            {COLUMNS.map((k) => (
              <th scope="col" class="num">
                {t(`reports.column.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">{r.head}</th>
              {cells(r.counts)}
            </tr>
          ))}
        </tbody>
        {props.total && (
          <tfoot>
            <tr>
              <th scope="row">{props.total.head}</th>
              {cells(props.total.counts)}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
