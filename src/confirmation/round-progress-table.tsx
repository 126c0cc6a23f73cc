import type { Locale } from '../platform/i18n/define-messages.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { SortHeader } from '../platform/http/ui/list.js';
import type { OutcomeCounts } from './round.js';
import type { RoundProgress } from './round-progress.js';
import { shareText } from './round-labels.js';

const COUNTS = ['total', 'confirmed', 'corrected', 'ended', 'unanswered'] as const;

function Cells(props: { c: OutcomeCounts; locale: Locale }) {
  const { c, locale } = props;
  const value = (k: (typeof COUNTS)[number]) => (k === 'ended' ? c.closed + c.gone : c[k]);
  return (
    <>
      {COUNTS.map((k) => (
        <td class="num">
          {formatNumber(value(k), locale)}
          {k !== 'total' && <span class="share"> ({shareText(value(k), c.total, locale)})</span>}
        </td>
      ))}
      <td class="num">{shareText(c.total - c.unanswered, c.total, locale)}</td>
    </>
  );
}

/** The round's answers per unit, sortable by unit, by laggards and by share answered. */
export function RoundProgressTable(props: {
  progress: RoundProgress;
  sort: string;
  base: string;
  params: URLSearchParams;
  caption: string;
  t: Translate;
  locale: Locale;
}) {
  const { progress, t, locale } = props;
  const sortable = (column: string, label: string) => (
    <SortHeader
      column={column}
      label={label}
      sort={props.sort}
      base={props.base}
      params={props.params}
      t={t}
    />
  );
  if (progress.units.length === 0) return <p>{t('rounds.no_items')}</p>;
  return (
    <div class="table-wrap" role="region" tabindex={0} aria-labelledby="progress-caption">
      <table class="progress-table">
        <caption id="progress-caption">{props.caption}</caption>
        <thead>
          <tr>
            {sortable('unit', t('rounds.count.unit'))}
            <th scope="col" class="num">
              {t('rounds.count.total')}
            </th>
            <th scope="col" class="num">
              {t('rounds.count.confirmed')}
            </th>
            <th scope="col" class="num">
              {t('rounds.count.corrected')}
            </th>
            <th scope="col" class="num">
              {t('rounds.count.ended')}
            </th>
            {sortable('laggards', t('rounds.count.unanswered'))}
            {sortable('answered', t('rounds.count.answered_share'))}
          </tr>
        </thead>
        <tbody>
          {progress.units.map((u) => (
            <tr>
              <th scope="row">
                <a href={`${props.base}?unit=${u.unitId}#unanswered`}>{u.unitLabel}</a>
              </th>
              <Cells c={u.counts} locale={locale} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('rounds.count.all_units')}</th>
            <Cells c={progress.total} locale={locale} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
