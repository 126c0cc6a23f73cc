import type { Ctx } from '../platform/http/context.js';
import { Pager } from '../platform/http/ui/list.js';
import { renderPage } from '../platform/http/ui/layout.js';
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
      <div class="page-head">
        <h1>{t('units.title')}</h1>
        {view.canCreate && (
          <a class="button" href="/units/new">
            {t('units.new')}
          </a>
        )}
      </div>
      <p>{t('units.intro')}</p>
      <form method="get" action="/units" class="filters" aria-label={t('units.filter_label')}>
        <div class="field">
          <label for="f-q">{t('units.search_label')}</label>
          <input type="search" id="f-q" name="q" value={query.q ?? ''} />
        </div>
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
        <button type="submit">{t('common.filter')}</button>
        <a href="/units">{t('common.clear')}</a>
      </form>
      {view.items.length === 0 ? (
        <p>{t('units.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="tree">
            <caption class="visually-hidden">{t('units.table_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('units.field.name')}</th>
                <th scope="col">{t('units.field.kind')}</th>
                <th scope="col">{t('units.field.managerUserId')}</th>
                <th scope="col">{t('units.field.communicatorUserId')}</th>
                <th scope="col" class="num">
                  {t('units.open_accounts')}
                </th>
                <th scope="col">{t('units.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {view.items.map((u) => {
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
                      <span class={u.active ? 'badge s-active' : 'badge s-closed'}>
                        {t(u.active ? 'units.status.active' : 'units.status.inactive')}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
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
