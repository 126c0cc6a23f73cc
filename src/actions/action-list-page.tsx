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
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { daysOverdue } from './action.js';
import { kindLabel, overdueText, statusLabel, statusOptions } from './action-labels.js';
import type { ActionPage } from './list-actions.js';
import type { ListActionsQuery } from './schemas.js';

const PAGE_SIZES = [25, 50, 100, 200];

/** What the action list is drawn from. */
export interface ActionListProps {
  query: ListActionsQuery;
  result: ActionPage;
  today: string;
  units: [string, string][];
  owners: [string, string][];
  unitNames: Map<number, string>;
  userNames: Map<number, string>;
  canCreate: boolean;
}

/** Actions across the actor's units, overdue ones first, with filters and pages. */
export function actionListPage(c: Ctx, props: ActionListProps) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  return renderPage(
    c,
    t('actions.title'),
    <>
      <PageHead
        title={t('actions.title')}
        add={props.canCreate && { href: '/actions/new', label: t('actions.new') }}
      />
      <FilterForm action="/actions" label={t('actions.filter_heading')} t={t}>
        <FilterSelect
          name="status"
          label={t('actions.field.status')}
          options={statusOptions(t)}
          value={query.status}
          empty={t('actions.any_status')}
          t={t}
        />
        <FilterSelect
          name="unit"
          label={t('actions.field.unitId')}
          hint={t('actions.filter_unit_hint')}
          options={props.units}
          value={query.unit ? String(query.unit) : ''}
          empty={t('actions.any_unit')}
          t={t}
        />
        <FilterSelect
          name="owner"
          label={t('actions.field.ownerUserId')}
          options={props.owners}
          value={query.owner ? String(query.owner) : ''}
          empty={t('actions.any_owner')}
          t={t}
        />
        <FilterSelect
          name="overdue"
          label={t('actions.overdue_filter')}
          options={[['1', t('actions.overdue_only')]]}
          value={query.overdue ?? ''}
          empty={t('actions.overdue_any')}
          t={t}
        />
        <SearchField
          label={t('actions.search_label')}
          hint={t('actions.search_hint')}
          value={query.q}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('actions.empty')}
        emptyClass="notice"
        caption={t('actions.list_caption', { page: formatNumber(query.page, locale) })}
        class="actions-list"
        columns={[
          t('actions.field.title'),
          t('actions.field.kind'),
          t('actions.field.unitId'),
          t('actions.field.ownerUserId'),
          t('actions.field.dueOn'),
          t('actions.field.status'),
        ]}
        row={(a) => {
          const late = daysOverdue(a, props.today);
          return (
            <tr>
              <td>
                <a href={`/actions/${a.id}`}>{a.title}</a>
              </td>
              <td>{kindLabel(t, a.kind)}</td>
              <td>{props.unitNames.get(a.unitId) ?? ''}</td>
              <td>{a.ownerUserId ? (props.userNames.get(a.ownerUserId) ?? '') : ''}</td>
              <td class="nowrap">
                {formatDate(a.dueOn, locale)}
                {late > 0 && <strong class="overdue"> {overdueText(t, late)}</strong>}
              </td>
              <td>
                <span class={`badge s-${a.status}`}>{statusLabel(t, a.status)}</span>
              </td>
            </tr>
          );
        }}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={result.total}
        base="/actions"
        params={filterParams(query, ['status', 'unit', 'owner', 'overdue', 'q'])}
        t={t}
        locale={locale}
      />
    </>,
    200,
    true,
  );
}
