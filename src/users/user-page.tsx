import { ROLES } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { Csrf, ErrorSummary, SelectField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { formatDate } from '../platform/i18n/format.js';
import type { RoleHeld, UserWithRoles } from './list-users.js';

/** Everything the user page shows. */
export interface UserView {
  user: UserWithRoles;
  /** The roles at units the actor can see, each with whether the actor may take it away. */
  roles: (RoleHeld & { removable: boolean })[];
  hiddenRoles: number;
  /** Units where the actor may give roles. */
  units: [string, string][];
  canManage: boolean;
  isSelf: boolean;
}

/** One user: details, roles with their remove buttons, the form that gives a role. */
export function userPage(
  c: Ctx,
  view: UserView,
  values: Record<string, string> = {},
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { user } = view;
  const csrf = c.get('csrfToken');
  return renderPage(
    c,
    user.name,
    <>
      <p>
        <a href="/users">{t('users.title')}</a>
      </p>
      <h1>{user.name}</h1>
      <ErrorSummary errors={errors} t={t} />
      {view.isSelf && <p class="notice">{t('users.this_is_you')}</p>}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('users.details_heading')}</h2>
        <dl class="details">
          <dt>{t('users.field.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('users.field.locale')}</dt>
          <dd>{t(`language.${user.locale}`)}</dd>
          <dt>{t('users.field.password')}</dt>
          <dd>{t(user.hasPassword ? 'users.password_set' : 'users.password_none')}</dd>
          <dt>{t('users.field.status')}</dt>
          <dd>
            <span class={user.active ? 'badge s-active' : 'badge s-closed'}>
              {t(user.active ? 'users.status.active' : 'users.status.inactive')}
            </span>
          </dd>
          <dt>{t('users.created_at')}</dt>
          <dd>{formatDate(user.createdAt, locale)}</dd>
        </dl>
        {view.canManage && (
          <div class="actions">
            <a class="button secondary" href={`/users/${user.id}/edit`}>
              {t('common.edit')}
            </a>
            {!view.isSelf && (
              <form
                method="post"
                action={`/users/${user.id}/${user.active ? 'deactivate' : 'reactivate'}`}
                class="inline"
              >
                <Csrf token={csrf} />
                <button type="submit" class={user.active ? 'danger' : 'secondary'}>
                  {t(user.active ? 'users.deactivate' : 'users.reactivate')}
                </button>
              </form>
            )}
          </div>
        )}
        {view.canManage && user.active && !view.isSelf && (
          <p class="hint">{t('users.deactivate_hint')}</p>
        )}
      </section>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('users.roles_heading')}</h2>
        <p>{t('users.roles_intro')}</p>
        {view.roles.length === 0 ? (
          <p>{t('users.no_roles')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('users.field.role')}</th>
                  <th scope="col">{t('users.field.unitId')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.roles.map((r) => {
                  const role = t(`users.role.${r.role}`);
                  return (
                    <tr>
                      <td>{role}</td>
                      <td>
                        <a href={`/units/${r.unitId}`}>{r.unitName}</a>
                      </td>
                      <td>
                        {r.removable && (
                          <form
                            method="post"
                            action={`/users/${user.id}/roles/${r.id}/delete`}
                            class="inline"
                          >
                            <Csrf token={csrf} />
                            <button
                              type="submit"
                              class="secondary"
                              aria-label={t('users.remove_role_label', { role, unit: r.unitName })}
                            >
                              {t('users.remove_role')}
                            </button>
                          </form>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {view.hiddenRoles > 0 && (
          <p class="muted">{t('users.hidden_roles', { count: view.hiddenRoles })}</p>
        )}
        <h3 id="add-role-heading">{t('users.add_role')}</h3>
        {view.units.length === 0 ? (
          <p>{t('users.no_assignable_units')}</p>
        ) : (
          <form
            method="post"
            action={`/users/${user.id}/roles`}
            novalidate
            aria-labelledby="add-role-heading"
          >
            <Csrf token={csrf} />
            <div class="two-columns">
              <SelectField
                name="role"
                label={t('users.field.role')}
                value={values.role}
                options={ROLES.map((r): [string, string] => [r, t(`users.role.${r}`)])}
                empty={t('users.choose_role')}
                errors={errors}
                required
                t={t}
              />
              <SelectField
                name="unitId"
                label={t('users.field.unitId')}
                value={values.unitId}
                options={view.units}
                empty={t('users.choose_unit')}
                errors={errors}
                required
                t={t}
              />
            </div>
            <button type="submit">{t('users.add_role')}</button>
          </form>
        )}
      </section>
    </>,
    status,
  );
}
