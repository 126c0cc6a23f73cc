import { fieldLabel, statusLabel } from '../accounts/account-labels.js';
import { answeredShare } from '../confirmation/round.js';
import { formatChartValue } from '../platform/charts/format-chart-value.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { FigureTable, FIGURE_COLUMNS as COLUMNS } from './figure-table.js';
import type { YearlyReport } from './yearly-report.js';

/** The yearly account report: summary, per unit, per platform, by status, changes, rounds. */
export function ReportView(props: {
  report: YearlyReport;
  t: Translate;
  locale: Locale;
  /** The level of its section headings: 2 on a page of its own, 3 within another page's section. */
  level?: 2 | 3;
}) {
  const { report, t, locale } = props;
  const H = props.level === 3 ? 'h3' : 'h2';
  const n = (v: number) => formatNumber(v, locale);
  const totalHead = t('reports.total_of', { unit: report.unit.name });
  const period = {
    from: formatDate(report.from, locale),
    to: formatDate(report.to, locale),
  };
  return (
    <div class="yearly-report">
      <p>
        {report.complete
          ? t('reports.period', period)
          : t('reports.period_running', { ...period, year: report.year })}
      </p>
      <ul class="tiles report-summary">
        {COLUMNS.map((k) => (
          <li>
            <span class="tile-number">{n(report.total[k] ?? 0)}</span> {t(`reports.summary.${k}`)}
          </li>
        ))}
      </ul>
      <p class="hint">{t('reports.explain')}</p>

      <H id="by-unit">{t('reports.by_unit')}</H>
      <FigureTable
        id="report-units"
        caption={t('reports.by_unit_caption', { year: report.year, unit: report.unit.name })}
        first={t('reports.column.unit')}
        rows={report.units.map((u) => ({ head: u.label, counts: u.counts }))}
        total={{ head: totalHead, counts: report.total }}
        t={t}
        locale={locale}
      />

      <H id="by-platform">{t('reports.by_platform')}</H>
      <FigureTable
        id="report-platforms"
        caption={t('reports.by_platform_caption', { year: report.year, unit: report.unit.name })}
        first={t('reports.column.platform')}
        rows={report.platforms.map((p) => ({ head: p.name, counts: p.counts }))}
        total={{ head: totalHead, counts: report.total }}
        t={t}
        locale={locale}
      />

      <H id="by-status">{t('reports.by_status')}</H>
      <div class="table-wrap">
        <table class="report-table narrow-table">
          <caption>{t('reports.by_status_caption', { date: period.to })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.column.status')}</th>
              <th scope="col" class="num">
                {t('reports.column.accounts')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.statuses.map((s) => (
              <tr>
                <th scope="row">{statusLabel(t, s.status)}</th>
                <td class="num">{n(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <H id="changes">{t('reports.changes')}</H>
      {report.changes.length === 0 ? (
        <p>{t('reports.no_changes')}</p>
      ) : (
        <div class="table-wrap">
          <table class="report-table narrow-table">
            <caption>{t('reports.changes_caption', { year: report.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.column.field')}</th>
                <th scope="col" class="num">
                  {t('reports.column.changes')}
                </th>
                <th scope="col" class="num">
                  {t('reports.column.changed_accounts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.changes.map((c) => (
                <tr>
                  <th scope="row">{fieldLabel(t, c.field)}</th>
                  <td class="num">{n(c.changes)}</td>
                  <td class="num">{n(c.accounts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <H id="rounds">{t('reports.rounds')}</H>
      {report.rounds.length === 0 ? (
        <p>{t('reports.no_rounds', { year: report.year })}</p>
      ) : (
        <div class="table-wrap" role="region" tabindex={0} aria-labelledby="report-rounds-caption">
          <table class="report-table">
            <caption id="report-rounds-caption">
              {t('reports.rounds_caption', { year: report.year })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.column.round')}</th>
                {(['total', 'confirmed', 'corrected', 'closed', 'gone', 'unanswered'] as const).map(
                  (k) => (
                    <th scope="col" class="num">
                      {t(`rounds.count.${k}`)}
                    </th>
                  ),
                )}
                <th scope="col" class="num">
                  {t('rounds.count.answered_share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.rounds.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`/rounds/${r.id}`}>{r.title}</a>
                  </th>
                  {(
                    ['total', 'confirmed', 'corrected', 'closed', 'gone', 'unanswered'] as const
                  ).map((k) => (
                    <td class="num">{n(r.outcomes[k])}</td>
                  ))}
                  <td class="num">
                    {formatChartValue(answeredShare(r.outcomes), 'percent', locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
