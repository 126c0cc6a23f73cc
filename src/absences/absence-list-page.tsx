import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import {
  FilterForm,
  FilterSelect,
  PageSizeSelect,
  SearchField,
} from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, filterParams } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { formatNumber } from '../platform/i18n/format.js';
import { periodOptions } from './absence-choices.js';
import { CoverCount, Period, TimingBadge } from './absence-parts.js';
import type { AbsencePage } from './list-absences.js';
import type { ListAbsencesQuery } from './schemas.js';

const PAGE_SIZES = [25, 50, 100, 200];

/** Absences of the actor and the people they manage, with filters and pages. */
export function absenceListPage(
  c: Ctx,
  props: { query: ListAbsencesQuery; result: AbsencePage; today: string },
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  return renderPage(
    c,
    t('absences.title'),
    <>
      <PageHead
        title={t('absences.title')}
        add={{ href: '/absences/new', label: t('absences.new') }}
      />
      <FilterForm action="/absences" label={t('absences.filter_heading')} t={t}>
        <FilterSelect
          name="period"
          label={t('absences.filter.period')}
          options={periodOptions(t)}
          value={query.period}
          empty={t('absences.period.default')}
          t={t}
        />
        <SearchField
          label={t('absences.filter.q')}
          hint={t('absences.filter.q_hint')}
          value={query.q}
          t={t}
        />
        <FilterSelect
          name="mine"
          label={t('absences.filter.mine')}
          options={[['1', t('absences.mine.only')]]}
          value={query.mine}
          empty={t('absences.mine.default')}
          t={t}
        />
        <FilterSelect
          name="uncovered"
          label={t('absences.filter.uncovered')}
          options={[['1', t('absences.uncovered.only')]]}
          value={query.uncovered}
          empty={t('absences.uncovered.any')}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('absences.empty')}
        emptyClass="notice"
        caption={t('absences.list_caption', { page: formatNumber(query.page, locale) })}
        columns={[
          t('absences.field.userId'),
          t('absences.filter.period'),
          t('absences.field.state'),
          t('absences.field.covers'),
        ]}
        row={(a) => (
          <tr>
            <td>
              <a href={`/absences/${a.id}`}>{a.userName}</a>
            </td>
            <td class="nowrap">
              <Period absence={a} locale={locale} t={t} />
            </td>
            <td>
              <TimingBadge absence={a} today={props.today} t={t} />
            </td>
            <td>
              <CoverCount accounts={a.accounts} covered={a.covered} locale={locale} t={t} />
            </td>
          </tr>
        )}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={result.total}
        base="/absences"
        params={filterParams(query, ['period', 'q', 'user', 'mine', 'uncovered'])}
        t={t}
        locale={locale}
      />
    </>,
    200,
    true,
  );
}
