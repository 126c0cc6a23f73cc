import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { HANDOVER_STATUSES } from './handover.js';
import { reasonLabel } from './handover-labels.js';
import type { HandoverPage } from './list-handovers.js';
import type { ListHandoversQuery } from './schemas.js';

/** What the handover list shows. */
export interface HandoverListView {
  query: ListHandoversQuery;
  result: HandoverPage;
  people: [string, string][];
}

/** The handover tasks in the actor's part of the organisation, filtered and paged. */
export function handoverListPage(c: Ctx, view: HandoverListView) {
  const t = c.get('t');
  const locale = c.get('locale');
  const params = new URL(c.req.url).searchParams;
  const { query, result } = view;
  const open = query.status === 'open';
  return renderPage(
    c,
    t('handovers.title'),
    <>
      <PageHead title={t('handovers.title')} />
      <p>{t('handovers.intro')}</p>
      <FilterForm action="/handovers" label={t('handovers.filter_label')} t={t}>
        <FilterSelect
          name="status"
          label={t('handovers.field.status')}
          options={HANDOVER_STATUSES.map((s): [string, string] => [s, t(`handovers.status.${s}`)])}
          value={query.status}
          t={t}
        />
        <FilterSelect
          name="person"
          label={t('handovers.field.person')}
          options={view.people}
          value={String(query.person ?? '')}
          empty={t('handovers.any_person')}
          t={t}
        />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t(open ? 'handovers.empty_open' : 'handovers.empty_done')}
        caption={t(open ? 'handovers.caption_open' : 'handovers.caption_done')}
        columns={[
          t('handovers.field.person'),
          t('handovers.field.reason'),
          t('handovers.field.unit'),
          open ? t('handovers.field.accounts_left') : t('handovers.field.completed_at'),
          t('handovers.field.created_at'),
        ]}
        row={(h) => (
          <tr>
            <td>
              <a href={`/handovers/${h.id}`}>{h.userName}</a>
            </td>
            <td>{reasonLabel(t, h.reason)}</td>
            <td>{h.unitName}</td>
            <td>
              {open ? formatNumber(h.accountsLeft, locale) : formatDate(h.completedAt, locale)}
            </td>
            <td>{formatDate(h.createdAt, locale)}</td>
          </tr>
        )}
      />
      <Pager
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        base="/handovers"
        params={params}
        t={t}
        locale={locale}
      />
    </>,
  );
}
