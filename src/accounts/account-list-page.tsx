import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import {
  FilterForm,
  FilterSelect,
  PageSizeSelect,
  SearchField,
} from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, SortHeader, withParams } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { GapBadges, gapOptions } from '../people/gap-labels.js';
import { ACCOUNT_STATUSES } from './account.js';
import type { PlatformChoices } from './account-choices.js';
import { statusLabel, statusOptions, typeLabel, typeOptions } from './account-labels.js';
import type { AccountPage } from './list-accounts.js';
import { SORT_COLUMNS, type ListAccountsQuery } from './schemas.js';

export const PAGE_SIZES = [25, 50, 100, 200];

/** What the register list is drawn from. */
export interface AccountListProps {
  query: ListAccountsQuery;
  result: AccountPage;
  /** Whether some query parameters could not be read and were left out. */
  invalid: boolean;
  units: [string, string][];
  unitNames: Map<number, string>;
  platforms: PlatformChoices;
  canCreate: boolean;
}

/** The query as URL parameters, leaving out defaults, so links keep exactly the filters in use. */
export function queryParams(q: ListAccountsQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.unit) p.set('unit', String(q.unit));
  if (q.platform) p.set('platform', q.platform);
  if (q.type) p.set('type', q.type);
  if (q.status) p.set('status', q.status);
  if (q.q) p.set('q', q.q);
  if (q.gap) p.set('gap', q.gap);
  if (q.closure) p.set('closure', q.closure);
  if (q.sort !== 'name') p.set('sort', q.sort);
  if (q.pageSize !== 50) p.set('pageSize', String(q.pageSize));
  if (q.page !== 1) p.set('page', String(q.page));
  return p;
}

const COLUMN_LABELS = {
  name: 'accounts.field.displayName',
  platform: 'accounts.field.platform',
  handle: 'accounts.field.handle',
  unit: 'accounts.field.unitId',
  type: 'accounts.field.type',
  status: 'accounts.field.status',
  lastActivity: 'accounts.field.lastActivityOn',
  updated: 'accounts.field.updated',
} as const satisfies Record<(typeof SORT_COLUMNS)[number], string>;

/** The register: filters that update the results as you type, counts per status, table, pages. */
export function accountListPage(c: Ctx, props: AccountListProps) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  const params = queryParams(query);
  const all = ACCOUNT_STATUSES.reduce((n, s) => n + result.statusCounts[s], 0);
  return renderPage(
    c,
    t('accounts.title'),
    <>
      <PageHead
        title={t('accounts.title')}
        add={
          props.canCreate && {
            href: query.unit ? `/accounts/new?unit=${query.unit}` : '/accounts/new',
            label: t('accounts.new'),
          }
        }
      />
      <p>
        <a href="/applications/new">{t('accounts.apply_link')}</a> ·{' '}
        <a href="/applications">{t('accounts.applications_link')}</a> ·{' '}
        <a href="/closures">{t('accounts.closures_link')}</a>
      </p>
      {props.invalid && <p class="warning">{t('accounts.invalid_query')}</p>}
      <FilterForm
        action="/accounts"
        class="account-filters"
        label={t('accounts.filter_heading')}
        t={t}
        htmx={{
          'hx-get': '/accounts',
          'hx-target': '#results',
          'hx-select': '#results',
          'hx-swap': 'outerHTML',
          'hx-push-url': 'true',
          'hx-trigger': 'submit, change, input changed delay:300ms from:#f-q',
        }}
      >
        {query.sort !== 'name' && <input type="hidden" name="sort" value={query.sort} />}
        <FilterSelect
          name="unit"
          label={t('accounts.field.unitId')}
          hint={t('accounts.filter_unit_hint')}
          options={props.units}
          value={query.unit ? String(query.unit) : ''}
          empty={t('accounts.any_unit')}
          t={t}
        />
        <FilterSelect
          name="platform"
          label={t('accounts.field.platform')}
          options={[...props.platforms.names]}
          value={query.platform}
          empty={t('accounts.any_platform')}
          t={t}
        />
        <FilterSelect
          name="type"
          label={t('accounts.field.type')}
          options={typeOptions(t)}
          value={query.type}
          empty={t('accounts.any_type')}
          t={t}
        />
        <FilterSelect
          name="status"
          label={t('accounts.field.status')}
          options={statusOptions(t)}
          value={query.status}
          empty={t('accounts.any_status')}
          t={t}
        />
        <FilterSelect
          name="gap"
          label={t('people.gap_filter')}
          options={gapOptions(t)}
          value={query.gap}
          empty={t('people.all_accounts')}
          t={t}
        />
        <FilterSelect
          name="closure"
          label={t('applications.notice.closure_filter')}
          options={[['blocked', t('applications.notice.closure_filter_blocked')]]}
          value={query.closure}
          empty={t('applications.notice.closure_filter_any')}
          t={t}
        />
        <SearchField
          label={t('accounts.search_label')}
          hint={t('accounts.search_hint')}
          value={query.q}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <div id="results">
        <ul class="counts" aria-label={t('accounts.counts_label')}>
          <li>
            <a
              href={withParams('/accounts', params, { status: null, page: null })}
              aria-current={query.status ? undefined : 'true'}
            >
              {t('accounts.count_all', { count: formatNumber(all, locale) })}
            </a>
          </li>
          {ACCOUNT_STATUSES.map((s) => (
            <li>
              <a
                href={withParams('/accounts', params, { status: s, page: null })}
                aria-current={query.status === s ? 'true' : undefined}
              >
                {statusLabel(t, s)} ({formatNumber(result.statusCounts[s], locale)})
              </a>
              {s === 'closing' && (result.blockedClosures > 0 || query.closure) && (
                <>
                  {', '}
                  <a
                    href={withParams('/accounts', params, {
                      status: 'closing',
                      closure: 'blocked',
                      page: null,
                    })}
                    aria-current={query.closure === 'blocked' ? 'true' : undefined}
                  >
                    {t('applications.notice.blocked_count', {
                      count: formatNumber(result.blockedClosures, locale),
                    })}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
        <DataTable
          items={result.items}
          empty={t('accounts.empty')}
          emptyClass="notice"
          caption={t('accounts.list_caption', { page: formatNumber(query.page, locale) })}
          class="accounts"
          columns={[
            ...SORT_COLUMNS.map((col) => (
              <SortHeader
                column={col}
                label={t(COLUMN_LABELS[col])}
                sort={query.sort}
                base="/accounts"
                params={params}
                t={t}
              />
            )),
          ].flatMap((header, i) => (i === 0 ? [header, t('people.gaps_column')] : [header]))}
          row={(a) => (
            <tr>
              <td>
                <a href={`/accounts/${a.id}`}>{a.displayName}</a>
              </td>
              <td class="gaps">
                <GapBadges gaps={result.gaps.get(a.id) ?? []} t={t} />
              </td>
              <td>{props.platforms.names.get(a.platform) ?? a.platform}</td>
              <td class="handle">{a.handle}</td>
              <td>{props.unitNames.get(a.unitId) ?? ''}</td>
              <td>{typeLabel(t, a.type)}</td>
              <td>
                <span class={`badge s-${a.status}`}>{statusLabel(t, a.status)}</span>
              </td>
              <td class="nowrap">{formatDate(a.lastActivityOn, locale)}</td>
              <td class="nowrap">{formatDate(a.updatedAt, locale)}</td>
            </tr>
          )}
        />
        <Pager
          page={query.page}
          pageSize={query.pageSize}
          total={result.total}
          base="/accounts"
          params={params}
          t={t}
          locale={locale}
        />
      </div>
    </>,
    200,
    true,
  );
}
