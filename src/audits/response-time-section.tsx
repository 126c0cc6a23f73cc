import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/context.js';
import { Pager } from '../platform/http/ui/list.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { AuditWithPath } from './audit-queries.js';
import type { ResponseTimeResults } from './response-time-results.js';
import { responseTimeCharts } from './question-charts.js';
import { ComparisonTable } from './question-comparison.js';
import {
  BreakdownTable,
  DeadlineRule,
  FiguresTable,
  NotPossibleTable,
  ResponseTimes,
} from './question-figures.js';
import { listQuestions } from './question-queries.js';
import { parseQuestionQuery, type ListQuestionsQuery } from './question-schemas.js';
import { OutcomeFilter, QuestionTable } from './question-table.js';

/** The figures, the questions not possible to ask, the breakdowns and the comparison. */
function ResultTables(props: {
  t: Translate;
  locale: Locale;
  results: ResponseTimeResults;
  earlierHref?: string;
}) {
  const { t, locale, results } = props;
  const shared = { t, locale };
  const noQuestions = results.source === 'questions' && results.overall.asked === 0;
  return (
    <>
      <DeadlineRule {...shared} results={results} />
      {noQuestions && results.notPossible.length === 0 ? (
        <p class="notice">{t('questions.results_none')}</p>
      ) : (
        <>
          <FiguresTable {...shared} results={results} caption={t('questions.figures_caption')} />
          <ResponseTimes {...shared} figures={results.overall} />
        </>
      )}
      {results.notPossible.length > 0 && (
        <>
          <h3>{t('questions.not_possible_heading')}</h3>
          <NotPossibleTable {...shared} results={results} />
        </>
      )}
      {results.byPlatform.length > 0 && (
        <>
          <h3>{t('questions.breakdown_heading')}</h3>
          <p class="hint">{t('questions.breakdown_intro')}</p>
          <BreakdownTable
            {...shared}
            groups={results.byPlatform}
            caption={t('questions.by_platform')}
            head={t('questions.col.platform')}
          />
          <BreakdownTable
            {...shared}
            groups={results.byUnit}
            caption={t('questions.by_unit')}
            head={t('questions.col.unit')}
          />
          <BreakdownTable
            {...shared}
            groups={results.byAccountType}
            caption={t('questions.by_type')}
            head={t('questions.col.type')}
            types
          />
        </>
      )}
      <h3>{t('questions.comparison_heading')}</h3>
      {results.comparison.length > 1 ? (
        <>
          <p class="hint">{t('questions.comparison_intro')}</p>
          <ComparisonTable {...shared} results={results} />
        </>
      ) : (
        <p class="muted">{t('questions.comparison_none')}</p>
      )}
      {props.earlierHref && (
        <p>
          <a href={props.earlierHref}>{t('questions.earlier_link')}</a>
        </p>
      )}
    </>
  );
}

function listParams(query: ListQuestionsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.outcome) params.set('outcome', query.outcome);
  if (query.pageSize !== 50) params.set('pageSize', String(query.pageSize));
  return params;
}

/** The response-time part of an audit's page: the figures first, then the questions. */
export async function responseTimeSection(
  c: Ctx,
  found: AuditWithPath,
  results: ResponseTimeResults,
  canManage: boolean,
): Promise<Child> {
  const t = c.get('t');
  const locale = c.get('locale');
  const { audit } = found;
  const open = audit.status !== 'closed';
  const editable = canManage && open && !audit.totals;
  const query = parseQuestionQuery(c.req.query());
  const url = new URL(c.req.url);
  const params = listParams(query);
  const [page, charts] = await Promise.all([
    audit.totals ? null : listQuestions(c.get('deps').db, audit, query),
    responseTimeCharts(t, locale, results),
  ]);
  const status = audit.totals
    ? 'questions.results_totals'
    : open
      ? 'questions.results_live'
      : 'questions.results_frozen';
  const back = (id: number) => `${url.pathname}${url.search}#q-${id}`;
  return (
    <>
      <section aria-labelledby="s-rt-results">
        <h2 id="s-rt-results">{t('questions.results_heading')}</h2>
        <p>{t(status)}</p>
        <ResultTables
          t={t}
          locale={locale}
          results={results}
          earlierHref={canManage ? `/audits/earlier/new?unitId=${audit.unitId}` : undefined}
        />
        {charts && (
          <>
            <h3>{t('questions.charts_heading')}</h3>
            {charts}
          </>
        )}
      </section>
      {page && (
        <section id="questions" aria-labelledby="s-questions">
          <div class="page-head">
            <h2 id="s-questions">{t('questions.heading')}</h2>
            {editable && (
              <div class="button-row">
                <a class="button" href={`/audits/${audit.id}/questions/new`}>
                  {t('questions.add')}
                </a>
                <a class="button secondary" href={`/audits/${audit.id}/questions/upload`}>
                  {t('questions.upload')}
                </a>
              </div>
            )}
          </div>
          <OutcomeFilter
            t={t}
            locale={locale}
            page={page}
            outcome={query.outcome}
            base={url.pathname}
            params={params}
          />
          {page.items.length === 0 ? (
            <p class="muted">
              {page.total === 0 && !query.outcome ? t('questions.none_yet') : t('questions.empty')}
            </p>
          ) : (
            <QuestionTable
              t={t}
              locale={locale}
              items={page.items}
              caption={t('questions.list_caption', { page: query.page })}
              editHref={
                editable
                  ? (q) =>
                      `/audits/${audit.id}/questions/${q.id}/edit?back=${encodeURIComponent(back(q.id))}`
                  : undefined
              }
            />
          )}
          <Pager
            page={query.page}
            pageSize={query.pageSize}
            total={page.total}
            base={url.pathname}
            params={params}
            t={t}
            locale={locale}
          />
        </section>
      )}
    </>
  );
}

/** The response-time results as the printable report shows them; charts need `responseTimeCharts`. */
export function responseTimeReport(c: Ctx, results: ResponseTimeResults): Child {
  const t = c.get('t');
  const locale = c.get('locale');
  return (
    <div class="response-time-report">
      {results.source === 'totals' && <p>{t('questions.results_totals')}</p>}
      <ResultTables t={t} locale={locale} results={results} />
    </div>
  );
}
