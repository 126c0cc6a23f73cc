import { ROLES } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { ActionButton } from '../platform/http/ui/action-button.js';
import { ActiveBadge } from '../platform/http/ui/boolean-values.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { bindFields, ErrorSummary, SelectField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatDate } from '../platform/i18n/format.js';
import type { PersonHandover } from '../handovers/open-handovers-of.js';
import type { HeldAccount } from './held-accounts.js';
import type { RoleHeld, UserWithRoles } from './list-users.js';
import { UserAccountsSection } from './user-accounts-section.js';

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
  held: { items: HeldAccount[]; total: number; page: number; pageSize: number };
  handovers: PersonHandover[];
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
  const field = bindFields(values, errors, t);
  return renderPage(
    c,
    user.name,
    <>
      <BackLink href="/users" label={t('users.title')} />
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
          <dt>{t('users.field.homeUnitId')}</dt>
          <dd>{user.homeUnitName ?? t('users.no_home_unit')}</dd>
          <dt>{t('users.field.password')}</dt>
          <dd>{t(user.hasPassword ? 'users.password_set' : 'users.password_none')}</dd>
          <dt>{t('users.field.status')}</dt>
          <dd>
            <ActiveBadge
              active={user.active}
              label={t(user.active ? 'users.status.active' : 'users.status.inactive')}
            />
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
              <ActionButton
                action={`/users/${user.id}/${user.active ? 'deactivate' : 'reactivate'}`}
                csrfToken={csrf}
                label={t(user.active ? 'users.deactivate' : 'users.reactivate')}
                variant={user.active ? 'danger' : 'secondary'}
              />
            )}
          </div>
        )}
        {view.canManage && user.active && !view.isSelf && (
          <p class="hint">{t('users.deactivate_hint')}</p>
        )}
        {view.canManage && !user.active && <p class="hint">{t('users.reactivate_hint')}</p>}
      </section>

      <UserAccountsSection c={c} userId={user.id} held={view.held} handovers={view.handovers} />

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('users.roles_heading')}</h2>
        <p>{t('users.roles_intro')}</p>
        <DataTable
          items={view.roles}
          empty={t('users.no_roles')}
          columns={[
            t('users.field.role'),
            t('users.field.unitId'),
            <th scope="col">
              <span class="visually-hidden">{t('common.actions')}</span>
            </th>,
          ]}
          row={(r) => {
            const role = t(`users.role.${r.role}`);
            return (
              <tr>
                <td>{role}</td>
                <td>
                  <a href={`/units/${r.unitId}`}>{r.unitName}</a>
                </td>
                <td>
                  {r.removable && (
                    <ActionButton
                      action={`/users/${user.id}/roles/${r.id}/delete`}
                      csrfToken={csrf}
                      label={t('users.remove_role')}
                      accessibleName={t('users.remove_role_label', { role, unit: r.unitName })}
                      variant="secondary"
                    />
                  )}
                </td>
              </tr>
            );
          }}
        />
        {view.hiddenRoles > 0 && (
          <p class="muted">{t('users.hidden_roles', { count: view.hiddenRoles })}</p>
        )}
        <h3 id="add-role-heading">{t('users.add_role')}</h3>
        {view.units.length === 0 ? (
          <p>{t('users.no_assignable_units')}</p>
        ) : (
          <PostForm
            action={`/users/${user.id}/roles`}
            csrfToken={csrf}
            labelledBy="add-role-heading"
          >
            <div class="two-columns">
              <SelectField
                {...field('role', t('users.field.role'))}
                options={ROLES.map((r): [string, string] => [r, t(`users.role.${r}`)])}
                empty={t('users.choose_role')}
                required
              />
              <SelectField
                {...field('unitId', t('users.field.unitId'))}
                options={view.units}
                empty={t('users.choose_unit')}
                required
              />
            </div>
            <button type="submit">{t('users.add_role')}</button>
          </PostForm>
        )}
      </section>
    </>,
    status,
  );
}
