import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { formatDate } from '../platform/i18n/format.js';
import type { RoundPage } from './list-rounds.js';
import { ROUND_STATUSES } from './round.js';
import { answeredText } from './round-labels.js';
import type { ListRoundsQuery } from './schemas.js';

/** What the list of rounds shows. */
export interface RoundListView {
  query: ListRoundsQuery;
  result: RoundPage;
  years: number[];
  canOpen: boolean;
}

/** The confirmation rounds: open ones first, filtered by year and status, paged. */
export function roundListPage(c: Ctx, view: RoundListView) {
  const t = c.get('t');
  const locale = c.get('locale');
  const params = new URL(c.req.url).searchParams;
  const { query, result } = view;
  return renderPage(
    c,
    t('rounds.title'),
    <>
      <PageHead
        title={t('rounds.title')}
        add={view.canOpen && { href: '/rounds/new', label: t('rounds.open_new') }}
      />
      <p>{t('rounds.intro')}</p>
      <p>
        <a href="/confirm">{t('rounds.to_my_accounts')}</a>
      </p>
      <FilterForm action="/rounds" label={t('rounds.filter_label')} t={t}>
        <FilterSelect
          name="year"
          label={t('rounds.field.year')}
          options={view.years.map((y): [string, string] => [String(y), String(y)])}
          value={String(query.year ?? '')}
          empty={t('rounds.any_year')}
          t={t}
        />
        <FilterSelect
          name="status"
          label={t('rounds.field.status')}
          options={ROUND_STATUSES.map((s): [string, string] => [s, t(`rounds.status.${s}`)])}
          value={query.status ?? ''}
          empty={t('rounds.any_status')}
          t={t}
        />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('rounds.empty')}
        caption={t('rounds.caption')}
        columns={[
          t('rounds.field.title'),
          t('rounds.field.unit'),
          t('rounds.field.year'),
          t('rounds.field.opens_on'),
          t('rounds.field.closes_on'),
          t('rounds.field.status'),
          t('rounds.field.answered'),
        ]}
        row={(r) => (
          <tr>
            <td>
              <a href={`/rounds/${r.id}`}>{r.title}</a>
            </td>
            <td>{r.unitName}</td>
            <td>{r.year}</td>
            <td class="nowrap">{formatDate(r.opensOn, locale)}</td>
            <td class="nowrap">{formatDate(r.closesOn, locale)}</td>
            <td>
              <span class={`badge r-${r.status}`}>{t(`rounds.status.${r.status}`)}</span>
            </td>
            <td>{answeredText(t, r.counts, locale)}</td>
          </tr>
        )}
      />
      <Pager
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        base="/rounds"
        params={params}
        t={t}
        locale={locale}
      />
    </>,
  );
}
