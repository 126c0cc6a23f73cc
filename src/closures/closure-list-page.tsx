import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect, PageSizeSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { filterParams, Pager } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { ClosureBadge, reasonLabel, reasonOptions } from './closure-labels.js';
import type { ClosurePage } from './list-closures.js';
import { CLOSURE_LIST_STATUSES, type ListClosuresQuery } from './schemas.js';

/** What the closure list shows. */
export interface ClosureListView {
  query: ListClosuresQuery;
  result: ClosurePage;
  units: [string, string][];
  canSettle: boolean;
}

/** The closures of accounts in the actor's part of the organisation, filtered and paged. */
export function closureListPage(c: Ctx, view: ClosureListView) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = view;
  const params = filterParams(query, ['status', 'unit', 'reason']);
  return renderPage(
    c,
    t('closures.title'),
    <>
      <PageHead title={t('closures.title')} />
      <p>{t('closures.list_intro')}</p>
      {view.canSettle && (
        <p>
          <a href="/closures/settings">{t('closures.settings_title')}</a>
        </p>
      )}
      <FilterForm action="/closures" label={t('closures.filter_label')} t={t}>
        <FilterSelect
          name="status"
          label={t('closures.field.status')}
          options={CLOSURE_LIST_STATUSES.map((s): [string, string] => [
            s,
            t(`closures.list_status.${s}`),
          ])}
          value={query.status}
          t={t}
        />
        <FilterSelect
          name="unit"
          label={t('closures.field.unit')}
          options={view.units}
          value={String(query.unit ?? '')}
          empty={t('closures.any_unit')}
          t={t}
        />
        <FilterSelect
          name="reason"
          label={t('closures.field.reason')}
          options={reasonOptions(t)}
          value={query.reason ?? ''}
          empty={t('closures.any_reason')}
          t={t}
        />
        <PageSizeSelect sizes={[25, 50, 100, 200]} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('closures.empty')}
        caption={t('closures.caption')}
        columns={[
          t('closures.field.account'),
          t('closures.field.unit'),
          t('closures.field.reason'),
          t('closures.field.status'),
          t('closures.field.progress'),
          t('closures.field.started'),
          t('closures.field.next_attempt'),
        ]}
        row={(r) => (
          <tr>
            <td>
              <a href={`/accounts/${r.accountId}/closure`}>{r.displayName}</a>
            </td>
            <td>{r.unitName}</td>
            <td>{reasonLabel(t, r.reason)}</td>
            <td>
              <ClosureBadge status={r.status} t={t} />
            </td>
            <td class="nowrap">
              {t('closures.progress', {
                settled: formatNumber(r.settled, locale),
                steps: formatNumber(r.steps, locale),
              })}
            </td>
            <td class="nowrap">{formatDate(r.startedAt, locale)}</td>
            <td class="nowrap">{r.nextAttemptOn ? formatDate(r.nextAttemptOn, locale) : ''}</td>
          </tr>
        )}
      />
      <Pager
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        base="/closures"
        params={params}
        t={t}
        locale={locale}
      />
    </>,
  );
}
