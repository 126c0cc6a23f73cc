import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect, PageSizeSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, filterParams } from '../platform/http/ui/list.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import type { LackingTraining } from './list-lacking-training.js';
import type { ListLackingQuery } from './schemas.js';
import { lackingStateOptions, StateBadge } from './training-labels.js';

const PAGE_SIZES = [25, 50, 100, 200];

/** What the overview is drawn from. */
export interface TrainingOverviewProps {
  query: ListLackingQuery;
  result: { items: LackingTraining[]; total: number };
  noticeDays: number;
  courses: [string, string][];
  units: [string, string][];
  canRecord: boolean;
}

/** Who lacks valid required training, or has it expiring soon, among the people behind accounts. */
export function trainingOverviewPage(c: Ctx, props: TrainingOverviewProps) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  return renderPage(
    c,
    t('training.title'),
    <>
      <div class="page-head">
        <h1>{t('training.title')}</h1>
        <div class="button-row">
          {props.canRecord && (
            <a class="button" href="/training/completions/new">
              {t('training.record')}
            </a>
          )}
          <a class="button secondary" href="/training/courses">
            {t('training.courses')}
          </a>
        </div>
      </div>
      <p>{t('training.intro', { days: formatNumber(props.noticeDays, locale) })}</p>
      <FilterForm action="/training" label={t('training.filter_heading')} t={t}>
        <FilterSelect
          name="course"
          label={t('training.filter.course')}
          options={props.courses}
          value={query.course ? String(query.course) : ''}
          empty={t('training.any_course')}
          t={t}
        />
        <FilterSelect
          name="state"
          label={t('training.filter.state')}
          options={lackingStateOptions(t)}
          value={query.state}
          empty={t('training.any_state')}
          t={t}
        />
        <FilterSelect
          name="unit"
          label={t('training.filter.unit')}
          hint={t('training.filter.unit_hint')}
          options={props.units}
          value={query.unit ? String(query.unit) : ''}
          empty={t('training.any_unit')}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('training.lacking_empty')}
        emptyClass="notice"
        caption={t('training.lacking_caption', { page: formatNumber(query.page, locale) })}
        columns={[
          t('training.field.person'),
          <th scope="col" class="num">
            {t('training.field.accounts')}
          </th>,
          t('training.field.course'),
          t('training.field.state'),
          t('training.field.validUntil'),
          ...(props.canRecord ? [t('common.actions')] : []),
        ]}
        row={(r) => (
          <tr>
            <td>
              <a href={`/training/people/${r.userId}`}>{r.userName}</a>
            </td>
            <td class="num">{formatNumber(r.accounts, locale)}</td>
            <td>{r.courseName}</td>
            <td>
              <StateBadge state={r.state} t={t} />
            </td>
            <td class="nowrap">{formatDate(r.validUntil, locale)}</td>
            {props.canRecord && (
              <td>
                <a
                  href={`/training/completions/new?userId=${r.userId}&courseId=${r.courseId}`}
                  aria-label={t('training.record_for', { course: r.courseName, name: r.userName })}
                >
                  {t('training.record_short')}
                </a>
              </td>
            )}
          </tr>
        )}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={result.total}
        base="/training"
        params={filterParams(query, ['course', 'state', 'unit'])}
        t={t}
        locale={locale}
      />
    </>,
    200,
    true,
  );
}
