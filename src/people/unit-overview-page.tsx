import { statusLabel, statusOptions } from '../accounts/account-labels.js';
import type { PlatformChoices } from '../accounts/account-choices.js';
import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect, PageSizeSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, withParams } from '../platform/http/ui/list.js';
import { formatNumber } from '../platform/i18n/format.js';
import { GAP_FILTERS } from './account-gaps.js';
import { GapBadges, gapLabel, gapOptions } from './gap-labels.js';
import type { UnitOverview } from './list-unit-overview.js';
import { PeopleNames } from './person-name.js';
import type { UnitOverviewQuery } from './schemas.js';

const PAGE_SIZES = [25, 50, 100, 200];

/** The query as URL parameters, leaving out defaults, so paging keeps the filters in use. */
function queryParams(q: UnitOverviewQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.gap) p.set('gap', q.gap);
  if (q.platform) p.set('platform', q.platform);
  if (q.status !== 'open') p.set('status', q.status);
  if (q.pageSize !== 50) p.set('pageSize', String(q.pageSize));
  return p;
}

/** A unit's accounts with their owner, deputies and gaps; counts per gap; filters and pages. */
export function unitOverviewPage(
  c: Ctx,
  props: { query: UnitOverviewQuery; result: UnitOverview; platforms: PlatformChoices },
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  const { unit } = result;
  const base = `/units/${unit.id}/overview`;
  const params = queryParams(query);
  const title = t('people.overview_title', { unit: unit.name });
  const num = (n: number) => formatNumber(n, locale);
  return renderPage(
    c,
    title,
    <>
      <nav aria-label={t('units.breadcrumb')}>
        <ol class="breadcrumb">
          <li>
            <a href="/units">{t('units.title')}</a>
          </li>
          <li>
            <a href={`/units/${unit.id}`}>{unit.name}</a>
          </li>
          <li aria-current="page">{t('people.overview_crumb')}</li>
        </ol>
      </nav>
      <h1>{title}</h1>
      <p>{t('people.overview_intro', { unit: unit.name, min: result.minPeople })}</p>
      <h2 id="gap-counts">{t('people.overview_counts')}</h2>
      <ul class="counts" aria-labelledby="gap-counts">
        {GAP_FILTERS.map((g) => (
          <li>
            <a
              href={withParams(base, params, { gap: g, page: null })}
              aria-current={query.gap === g ? 'true' : undefined}
            >
              {gapLabel(t, g)}: {num(result.gapCounts[g])}
            </a>
          </li>
        ))}
      </ul>
      <FilterForm action={base} label={t('people.overview_filter')} t={t}>
        <FilterSelect
          name="gap"
          label={t('people.gap_filter')}
          options={gapOptions(t)}
          value={query.gap}
          empty={t('people.all_accounts')}
          t={t}
        />
        <FilterSelect
          name="platform"
          label={t('people.col.platform')}
          options={[...props.platforms.names]}
          value={query.platform}
          empty={t('people.any_platform')}
          t={t}
        />
        <FilterSelect
          name="status"
          label={t('people.col.status')}
          options={[['all', t('people.status_all')], ...statusOptions(t)]}
          value={query.status === 'open' ? '' : query.status}
          empty={t('people.status_open')}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('people.overview_empty')}
        emptyClass="notice"
        caption={t('people.overview_caption', { page: num(query.page) })}
        class="overview"
        columns={[
          t('people.col.account'),
          t('people.col.unit'),
          t('people.col.status'),
          t('people.role.owner'),
          t('people.role.deputies'),
          t('people.col.externals'),
          t('people.gaps_column'),
        ]}
        row={(r) => {
          const of = (role: string) => r.people.filter((p) => p.role === role);
          return (
            <tr>
              <td>
                <a href={`/accounts/${r.account.id}`}>{r.account.displayName}</a>
                <br />
                <span class="muted">
                  {props.platforms.names.get(r.account.platform) ?? r.account.platform} ·{' '}
                  {r.account.handle}
                </span>
              </td>
              <td>{r.unitName}</td>
              <td>
                <span class={`badge s-${r.account.status}`}>
                  {statusLabel(t, r.account.status)}
                </span>
              </td>
              <td>
                <PeopleNames people={of('owner')} t={t} none={t('people.no_owner')} />
              </td>
              <td>
                <PeopleNames people={of('deputy')} t={t} none={t('people.no_deputies')} />
              </td>
              <td>
                {of('external')
                  .map((x) => (x.organisation ? `${x.name} (${x.organisation})` : x.name))
                  .join(', ')}
              </td>
              <td>
                <GapBadges gaps={r.gaps} t={t} />
              </td>
            </tr>
          );
        }}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={result.total}
        base={base}
        params={params}
        t={t}
        locale={locale}
      />
    </>,
    200,
    true,
  );
}
