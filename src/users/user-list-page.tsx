import { ROLES } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { Pager, SortHeader } from '../platform/http/ui/list.js';
import { renderPage } from '../platform/http/ui/layout.js';
import type { ListUsersQuery, UserWithRoles } from './list-users.js';

/** What the user list shows. */
export interface UserListView {
  query: ListUsersQuery;
  items: UserWithRoles[];
  total: number;
  units: [string, string][];
  canCreate: boolean;
}

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
      <div class="page-head">
        <h1>{t('users.title')}</h1>
        {view.canCreate && (
          <a class="button" href="/users/new">
            {t('users.new')}
          </a>
        )}
      </div>
      <p>{t('users.roles_intro')}</p>
      <form method="get" action="/users" class="filters" aria-label={t('users.filter_label')}>
        <div class="field">
          <label for="f-q">{t('users.search_label')}</label>
          <input type="search" id="f-q" name="q" value={query.q ?? ''} />
        </div>
        <div class="field">
          <label for="f-role">{t('users.field.role')}</label>
          <select id="f-role" name="role">
            <option value="">{t('users.any_role')}</option>
            {ROLES.map((r) => (
              <option value={r} selected={query.role === r}>
                {t(`users.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-unit">{t('users.field.unitId')}</label>
          <select id="f-unit" name="unit">
            <option value="">{t('users.any_unit')}</option>
            {view.units.map(([id, label]) => (
              <option value={id} selected={String(query.unit ?? '') === id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-status">{t('users.field.status')}</label>
          <select id="f-status" name="status">
            {(['active', 'inactive', 'all'] as const).map((s) => (
              <option value={s} selected={query.status === s}>
                {t(`users.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="sort" value={query.sort} />
        <button type="submit">{t('common.filter')}</button>
        <a href="/users">{t('common.clear')}</a>
      </form>
      {view.items.length === 0 ? (
        <p>{t('users.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('users.table_caption')}</caption>
            <thead>
              <tr>
                <SortHeader column="name" label={t('users.field.name')} {...sortProps} />
                <SortHeader column="email" label={t('users.field.email')} {...sortProps} />
                <th scope="col">{t('users.field.roles')}</th>
                <th scope="col">{t('users.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {view.items.map((u) => (
                <tr>
                  <td>
                    <a href={`/users/${u.id}`}>{u.name}</a>
                  </td>
                  <td>{u.email}</td>
                  <td>
                    {u.roles.length === 0 ? (
                      t('common.none')
                    ) : (
                      <ul class="plain">
                        {u.roles.map((r) => (
                          <li>
                            {t('users.role_at', {
                              role: t(`users.role.${r.role}`),
                              unit: r.unitName,
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <span class={u.active ? 'badge s-active' : 'badge s-closed'}>
                      {t(u.active ? 'users.status.active' : 'users.status.inactive')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
