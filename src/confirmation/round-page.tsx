import type { Ctx } from '../platform/http/context.js';
import { ActionButton } from '../platform/http/ui/action-button.js';
import { FilterForm, FilterSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { formatDate, formatDateTime, formatNumber } from '../platform/i18n/format.js';
import { ReportView } from '../reports/report-view.js';
import type { YearlyReport } from '../reports/yearly-report.js';
import type { UnansweredPage } from './list-unanswered.js';
import type { RoundWithUnit } from './round.js';
import { answeredText } from './round-labels.js';
import type { RoundProgress } from './round-progress.js';
import { RoundProgressTable } from './round-progress-table.js';
import type { DashboardQuery } from './schemas.js';
import { UnansweredTable } from './unanswered-table.js';

/** Everything the round's dashboard shows. */
export interface RoundView {
  round: RoundWithUnit;
  query: DashboardQuery;
  progress: RoundProgress;
  unanswered: UnansweredPage;
  platformNames: Map<string, string>;
  openedBy: string | null;
  closedBy: string | null;
  canManage: boolean;
  report: YearlyReport | null;
}

/** A round's dashboard: progress per unit, the laggards, reminders, escalation and closing. */
export function roundPage(c: Ctx, view: RoundView) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { round, progress, query } = view;
  const base = `/rounds/${round.id}`;
  const params = new URL(c.req.url).searchParams;
  const open = round.status === 'open';
  const total = progress.total;
  const n = (v: number) => formatNumber(v, locale);
  return renderPage(
    c,
    round.title,
    <>
      <BackLink href="/rounds" label={t('rounds.title')} />
      <h1>{round.title}</h1>
      <dl class="details">
        <dt>{t('rounds.field.unit')}</dt>
        <dd>{t('rounds.unit_and_below', { unit: round.unitName })}</dd>
        <dt>{t('rounds.field.year')}</dt>
        <dd>{round.year}</dd>
        <dt>{t('rounds.field.opens_on')}</dt>
        <dd>
          {formatDate(round.opensOn, locale)}{' '}
          {view.openedBy ? t('rounds.by', { name: view.openedBy }) : t('rounds.by_schedule')}
        </dd>
        <dt>{t('rounds.field.closes_on')}</dt>
        <dd>{formatDate(round.closesOn, locale)}</dd>
        <dt>{t('rounds.field.status')}</dt>
        <dd>
          {open
            ? t('rounds.status.open')
            : t('rounds.closed_at', {
                date: formatDateTime(round.closedAt, locale),
                name: view.closedBy ?? t('rounds.system'),
              })}
        </dd>
        <dt>{t('rounds.field.answered')}</dt>
        <dd>{answeredText(t, total, locale)}</dd>
      </dl>
      <ul class="tiles round-summary" aria-label={t('rounds.summary_label')}>
        <li>
          <span class="tile-number">{n(total.confirmed)}</span> {t('rounds.count.confirmed')}
        </li>
        <li>
          <span class="tile-number">{n(total.corrected)}</span> {t('rounds.count.corrected')}
        </li>
        <li>
          <span class="tile-number">{n(total.closed + total.gone)}</span> {t('rounds.count.ended')}
        </li>
        <li>
          <span class="tile-number">{n(total.unanswered)}</span> {t('rounds.count.unanswered')}
        </li>
      </ul>

      {open && view.canManage && (
        <section aria-labelledby="follow-heading" class="round-actions">
          <h2 id="follow-heading">{t('rounds.follow_up')}</h2>
          <p>{t('rounds.follow_up_intro')}</p>
          <div class="button-row">
            <ActionButton
              action={`${base}/remind`}
              csrfToken={c.get('csrfToken')}
              label={t('rounds.remind')}
              variant="secondary"
            />
            <ActionButton
              action={`${base}/escalate`}
              csrfToken={c.get('csrfToken')}
              label={t('rounds.escalate')}
              variant="secondary"
            />
            <a class="button" href={`${base}/close`}>
              {t('rounds.close')}
            </a>
          </div>
          <p class="hint">{t('rounds.remind_hint')}</p>
        </section>
      )}

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t('rounds.progress')}</h2>
        <RoundProgressTable
          progress={progress}
          sort={query.sort}
          base={base}
          params={params}
          caption={t('rounds.progress_caption', { title: round.title })}
          t={t}
          locale={locale}
        />
      </section>

      <section aria-labelledby="unanswered">
        <h2 id="unanswered" tabindex={-1}>
          {t('rounds.unanswered')}
        </h2>
        <FilterForm action={base} label={t('rounds.unanswered_filter')} t={t}>
          <input type="hidden" name="sort" value={query.sort} />
          <FilterSelect
            name="unit"
            label={t('rounds.count.unit')}
            options={progress.units
              .filter((u) => u.counts.unanswered > 0 || u.unitId === query.unit)
              .map((u): [string, string] => [String(u.unitId), u.unitLabel])}
            value={String(query.unit ?? '')}
            empty={t('rounds.any_unit')}
            t={t}
          />
        </FilterForm>
        <UnansweredTable
          result={view.unanswered}
          platformNames={view.platformNames}
          base={base}
          params={params}
          t={t}
          locale={locale}
        />
      </section>

      {view.report && (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{t('rounds.report_heading')}</h2>
          <p>
            {t('rounds.report_intro', { date: formatDateTime(view.report.generatedAt, locale) })}
          </p>
          <ul class="link-list downloads">
            <li>
              <a href={`${base}/report.csv?by=unit`} download>
                {t('reports.csv_units')}
              </a>
            </li>
            <li>
              <a href={`${base}/report.csv?by=platform`} download>
                {t('reports.csv_platforms')}
              </a>
            </li>
          </ul>
          <ReportView report={view.report} t={t} locale={locale} level={3} />
        </section>
      )}
    </>,
    200,
    true,
  );
}
