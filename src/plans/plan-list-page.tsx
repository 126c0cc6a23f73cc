import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect, PageSizeSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, filterParams } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { PlanPage } from './list-plans.js';
import type { ListPlansQuery } from './schemas.js';

const PAGE_SIZES = [25, 50, 100];

/** What the plan list is drawn from. */
export interface PlanListProps {
  query: ListPlansQuery;
  result: PlanPage;
  units: [string, string][];
  years: number[];
  canCreate: boolean;
}

/** The internal-control plans of the actor's units, newest year first, with filters and pages. */
export function planListPage(c: Ctx, props: PlanListProps) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  const years = [...new Set([...props.years, ...(query.year ? [query.year] : [])])].sort(
    (a, b) => b - a,
  );
  return renderPage(
    c,
    t('plans.title'),
    <>
      <PageHead
        title={t('plans.title')}
        add={props.canCreate && { href: '/plans/new', label: t('plans.new') }}
      />
      <FilterForm action="/plans" label={t('plans.filter_heading')} t={t}>
        <FilterSelect
          name="year"
          label={t('plans.field.year')}
          options={years.map((y) => [String(y), String(y)])}
          value={query.year ? String(query.year) : ''}
          empty={t('plans.any_year')}
          t={t}
        />
        <FilterSelect
          name="unit"
          label={t('plans.field.unitId')}
          hint={t('plans.filter_unit_hint')}
          options={props.units}
          value={query.unit ? String(query.unit) : ''}
          empty={t('plans.any_unit')}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('plans.empty')}
        emptyClass="notice"
        caption={t('plans.list_caption', { page: formatNumber(query.page, locale) })}
        class="plans-list"
        columns={[
          t('plans.field.year'),
          t('plans.field.title'),
          t('plans.field.unitId'),
          <th scope="col" class="num">
            {t('plans.field.riskCount')}
          </th>,
          <th scope="col" class="num">
            {t('plans.field.highCount')}
          </th>,
        ]}
        row={(p) => (
          <tr>
            <td>{p.year}</td>
            <td>
              <a href={`/plans/${p.id}`}>{p.title}</a>
            </td>
            <td>{p.unitName}</td>
            <td class="num">{formatNumber(p.riskCount, locale)}</td>
            <td class="num">{formatNumber(p.levels.high + p.levels.very_high, locale)}</td>
          </tr>
        )}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={result.total}
        base="/plans"
        params={filterParams(query, ['year', 'unit'], 25)}
        t={t}
        locale={locale}
      />
    </>,
    200,
    true,
  );
}
