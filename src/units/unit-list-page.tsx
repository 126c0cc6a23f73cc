import type { Ctx } from '../platform/http/context.js';
import { ActiveBadge } from '../platform/http/ui/boolean-values.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, SearchField } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { ListUnitsQuery } from './list-units.js';
import type { Unit } from './unit.js';

// The stylesheet indents tree rows up to this depth.
const MAX_INDENT = 8;

/** What the unit list shows besides the units themselves. */
export interface UnitListView {
  query: ListUnitsQuery;
  items: Unit[];
  total: number;
  /** The smallest depth the actor sees, so that their own top unit is not indented. */
  topDepth: number;
  contacts: Map<number, { manager: string[]; communicator: string[] }>;
  openAccounts: Map<number, number>;
  canCreate: boolean;
}

/** The organisation tree as a table in tree order, filtered and paged. */
export function unitListPage(c: Ctx, view: UnitListView) {
  const t = c.get('t');
  const locale = c.get('locale');
  const params = new URL(c.req.url).searchParams;
  const { query } = view;
  return renderPage(
    c,
    t('units.title'),
    <>
      <PageHead
        title={t('units.title')}
        add={view.canCreate && { href: '/units/new', label: t('units.new') }}
      />
      <p>{t('units.intro')}</p>
      <FilterForm action="/units" label={t('units.filter_label')} t={t}>
        <SearchField label={t('units.search_label')} value={query.q} t={t} />
        <div class="field">
          <input
            type="checkbox"
            id="f-inactive"
            name="inactive"
            value="include"
            checked={query.inactive === 'include'}
          />{' '}
          <label for="f-inactive" class="inline-label">
            {t('units.show_inactive')}
          </label>
        </div>
      </FilterForm>
      <DataTable
        items={view.items}
        empty={t('units.empty')}
        caption={t('units.table_caption')}
        class="tree"
        columns={[
          t('units.field.name'),
          t('units.field.kind'),
          t('units.field.managerUserId'),
          t('units.field.communicatorUserId'),
          <th scope="col" class="num">
            {t('units.open_accounts')}
          </th>,
          t('units.field.status'),
        ]}
        row={(u) => {
          const contacts = view.contacts.get(u.id);
          const open = view.openAccounts.get(u.id) ?? 0;
          return (
            <tr class={`depth-${Math.min(u.depth - view.topDepth, MAX_INDENT)}`}>
              <td>
                <a href={`/units/${u.id}`}>{u.name}</a>
              </td>
              <td>{t(`units.kind.${u.kind}`)}</td>
              <td>{contacts?.manager.join(', ') || t('common.none')}</td>
              <td>{contacts?.communicator.join(', ') || t('common.none')}</td>
              <td class="num">
                <a href={`/accounts?unit=${u.id}`}>{formatNumber(open, locale)}</a>
              </td>
              <td>
                <ActiveBadge
                  active={u.active}
                  label={t(u.active ? 'units.status.active' : 'units.status.inactive')}
                />
              </td>
            </tr>
          );
        }}
      />
      <p class="muted">{t('units.open_accounts_note')}</p>
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={view.total}
        base="/units"
        params={params}
        t={t}
        locale={locale}
      />
    </>,
  );
}
