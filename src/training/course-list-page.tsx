import type { Ctx } from '../platform/http/context.js';
import { ActiveBadge, YesNo } from '../platform/http/ui/boolean-values.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import {
  FilterForm,
  FilterSelect,
  PageSizeSelect,
  SearchField,
} from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager } from '../platform/http/ui/list.js';
import { BackLink, PageHead } from '../platform/http/ui/page-head.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Course } from './course.js';
import type { ListCoursesQuery } from './schemas.js';
import { validityText } from './training-labels.js';

const PAGE_SIZES = [25, 50, 100];

/** The courses, with filters and pages, and the button that adds one for those who may. */
export function courseListPage(
  c: Ctx,
  props: {
    query: ListCoursesQuery;
    result: { items: Course[]; total: number };
    canManage: boolean;
  },
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.active) params.set('active', query.active);
  if (query.pageSize !== 50) params.set('pageSize', String(query.pageSize));
  return renderPage(
    c,
    t('training.courses'),
    <>
      <BackLink href="/training" label={t('training.back')} />
      <PageHead
        title={t('training.courses')}
        add={props.canManage && { href: '/training/courses/new', label: t('training.course.new') }}
      />
      <FilterForm action="/training/courses" label={t('training.courses_filter')} t={t}>
        <SearchField label={t('training.courses_search')} value={query.q} t={t} />
        <FilterSelect
          name="active"
          label={t('training.courses_active')}
          options={[
            ['1', t('training.courses_only_active')],
            ['0', t('training.courses_only_inactive')],
          ]}
          value={query.active}
          empty={t('training.courses_any')}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('training.courses_empty')}
        emptyClass="notice"
        caption={t('training.courses_caption', { page: formatNumber(query.page, locale) })}
        columns={[
          t('training.course.field.name'),
          t('training.course.validity_column'),
          t('training.course.required_column'),
          t('training.course.status_column'),
        ]}
        row={(course) => (
          <tr>
            <td>
              <a href={`/training/courses/${course.id}`}>{course.name}</a>
            </td>
            <td>{validityText(t, course.validityMonths, locale)}</td>
            <td>
              <YesNo value={course.required} t={t} />
            </td>
            <td>
              <ActiveBadge
                active={course.active}
                label={t(course.active ? 'common.active' : 'common.inactive')}
              />
            </td>
          </tr>
        )}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={result.total}
        base="/training/courses"
        params={params}
        t={t}
        locale={locale}
      />
    </>,
  );
}
