import type { Ctx } from '../platform/http/context.js';
import {
  Csrf,
  ErrorSummary,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Profile } from './get-profile.js';
import { NewTokenNotice, TokenTable, type NewToken } from './token-views.js';

/** The profile page: details, roles, language, password and API tokens. */
export function profilePage(
  c: Ctx,
  profile: Profile,
  opts: {
    values?: Record<string, string>;
    errors?: ErrorMap;
    status?: number;
    newToken?: NewToken;
  } = {},
) {
  const t = c.get('t');
  const errors = opts.errors ?? {};
  const values = opts.values ?? {};
  const csrf = c.get('csrfToken');
  return renderPage(
    c,
    t('profile.title'),
    <>
      <h1>{t('profile.title')}</h1>
      <ErrorSummary errors={errors} t={t} />
      {opts.newToken && <NewTokenNotice c={c} token={opts.newToken} />}
      <div class="two-columns">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading">{t('profile.details_heading')}</h2>
          <dl class="details">
            <dt>{t('profile.name')}</dt>
            <dd>{profile.name}</dd>
            <dt>{t('profile.email')}</dt>
            <dd>{profile.email}</dd>
          </dl>
          <p class="muted">{t('profile.details_hint')}</p>
          <h2 id="roles-heading">{t('profile.roles_heading')}</h2>
          <Roles profile={profile} t={t} />
        </section>
        <section aria-labelledby="language-heading">
          <h2 id="language-heading">{t('profile.language_heading')}</h2>
          <form method="post" action="/profile/language" novalidate>
            <Csrf token={csrf} />
            <SelectField
              name="locale"
              label={t('profile.language_field')}
              value={values.locale ?? c.get('locale')}
              options={[
                ['sv', t('language.sv')],
                ['en', t('language.en')],
              ]}
              errors={errors}
              t={t}
            />
            <button type="submit">{t('common.save')}</button>
          </form>
          <h2 id="password-heading">{t('profile.password_heading')}</h2>
          {profile.hasPassword ? (
            <form method="post" action="/profile/password" novalidate>
              <Csrf token={csrf} />
              <input
                type="text"
                name="username"
                value={profile.email}
                autocomplete="username"
                hidden
              />
              <TextField
                name="currentPassword"
                type="password"
                label={t('profile.current_password')}
                autocomplete="current-password"
                errors={errors}
                required
                t={t}
              />
              <TextField
                name="newPassword"
                type="password"
                label={t('profile.new_password')}
                hint={t('profile.new_password_hint')}
                autocomplete="new-password"
                errors={errors}
                required
                t={t}
              />
              <button type="submit">{t('profile.change_password')}</button>
            </form>
          ) : (
            <p>{t('profile.no_password')}</p>
          )}
        </section>
      </div>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('tokens.heading')}</h2>
        <p>{t('tokens.intro')}</p>
        <TokenTable c={c} tokens={profile.tokens} />
        <h3>{t('tokens.create_heading')}</h3>
        <form method="post" action="/profile/tokens" novalidate class="narrow">
          <Csrf token={csrf} />
          <TextField
            name="name"
            label={t('tokens.name')}
            hint={t('tokens.name_hint')}
            value={opts.newToken ? '' : values.name}
            errors={errors}
            autocomplete="off"
            required
            t={t}
          />
          <button type="submit">{t('tokens.create')}</button>
        </form>
      </section>
    </>,
    opts.status ?? 200,
  );
}

function Roles({ profile, t }: { profile: Profile; t: Translate }) {
  if (profile.roles.length === 0) return <p>{t('profile.no_roles')}</p>;
  return (
    <>
      <p class="muted">{t('profile.roles_intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('profile.role')}</th>
            <th scope="col">{t('profile.unit')}</th>
          </tr>
        </thead>
        <tbody>
          {profile.roles.map((r) => (
            <tr>
              <td>{t(`users.role.${r.role}`)}</td>
              <td>{r.unitName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
