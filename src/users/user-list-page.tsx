import { ROLES } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { ActiveBadge } from '../platform/http/ui/boolean-values.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect, SearchField } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, SortHeader } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import type { ListUsersQuery, UserWithRoles } from './list-users.js';

/** What the user list shows. */
export interface UserListView {
  query: ListUsersQuery;
  items: UserWithRoles[];
  total: number;
  units: [string, string][];
  /** Every unit, as choices of where people work. */
  homeUnits: [string, string][];
  canCreate: boolean;
}

const USER_STATUSES = ['active', 'inactive', 'all'] as const;

/** Users with their roles, filtered, sorted and paged. */
export function userListPage(c: Ctx, view: UserListView) {
  const t = c.get('t');
  const locale = c.get('locale');
  const params = new URL(c.req.url).searchParams;
  const { query } = view;
  const sortProps = { sort: query.sort, base: '/users', params, t };
  return renderPage(
    c,
    t('users.title'),
    <>
      <PageHead
        title={t('users.title')}
        add={view.canCreate && { href: '/users/new', label: t('users.new') }}
      />
      <p>{t('users.roles_intro')}</p>
      <FilterForm action="/users" label={t('users.filter_label')} t={t}>
        <SearchField label={t('users.search_label')} value={query.q} t={t} />
        <FilterSelect
          name="role"
          label={t('users.field.role')}
          options={ROLES.map((r): [string, string] => [r, t(`users.role.${r}`)])}
          value={query.role}
          empty={t('users.any_role')}
          t={t}
        />
        <FilterSelect
          name="unit"
          label={t('users.field.unitId')}
          options={view.units}
          value={String(query.unit ?? '')}
          empty={t('users.any_unit')}
          t={t}
        />
        <FilterSelect
          name="home"
          label={t('users.field.homeUnitId')}
          options={view.homeUnits}
          value={String(query.home ?? '')}
          empty={t('users.any_home_unit')}
          t={t}
        />
        <FilterSelect
          name="status"
          label={t('users.field.status')}
          options={USER_STATUSES.map((s): [string, string] => [s, t(`users.status.${s}`)])}
          value={query.status}
          t={t}
        />
        <input type="hidden" name="sort" value={query.sort} />
      </FilterForm>
      <DataTable
        items={view.items}
        empty={t('users.empty')}
        caption={t('users.table_caption')}
        columns={[
          <SortHeader column="name" label={t('users.field.name')} {...sortProps} />,
          <SortHeader column="email" label={t('users.field.email')} {...sortProps} />,
          t('users.field.homeUnitId'),
          t('users.field.roles'),
          t('users.field.status'),
        ]}
        row={(u) => (
          <tr>
            <td>
              <a href={`/users/${u.id}`}>{u.name}</a>
            </td>
            <td>{u.email}</td>
            <td>{u.homeUnitName ?? <span class="muted">{t('common.none')}</span>}</td>
            <td>
              {u.roles.length === 0 ? (
                t('common.none')
              ) : (
                <ul class="plain">
                  {u.roles.map((r) => (
                    <li>
                      {t('users.role_at', { role: t(`users.role.${r.role}`), unit: r.unitName })}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <ActiveBadge
                active={u.active}
                label={t(u.active ? 'users.status.active' : 'users.status.inactive')}
              />
            </td>
          </tr>
        )}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={view.total}
        base="/users"
        params={params}
        t={t}
        locale={locale}
      />
    </>,
    200,
  );
}
