import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import {
  bindFields,
  ErrorSummary,
  PasswordField,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Profile } from './get-profile.js';
import { NewTokenNotice, TokenTable, type NewToken } from './token-views.js';

/** The profile page: details, roles, language, digest, password and API tokens. */
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
  const field = bindFields(values, errors, t);
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
          <PostForm action="/profile/language" csrfToken={csrf}>
            <SelectField
              {...field('locale', t('profile.language_field'))}
              value={values.locale ?? c.get('locale')}
              options={[
                ['sv', t('language.sv')],
                ['en', t('language.en')],
              ]}
            />
            <button type="submit">{t('common.save')}</button>
          </PostForm>
          <h2 id="digest-heading">{t('profile.digest_heading')}</h2>
          <PostForm action="/profile/digest" csrfToken={csrf}>
            <SelectField
              {...field('digestFrequency', t('profile.digest_field'))}
              hint={t('profile.digest_hint')}
              value={values.digestFrequency ?? profile.digestFrequency}
              options={[
                ['daily', t('profile.digest.daily')],
                ['weekly', t('profile.digest.weekly')],
              ]}
            />
            <button type="submit">{t('common.save')}</button>
          </PostForm>
          <h2 id="password-heading">{t('profile.password_heading')}</h2>
          {profile.hasPassword ? (
            <PostForm action="/profile/password" csrfToken={csrf}>
              <input
                type="text"
                name="username"
                value={profile.email}
                autocomplete="username"
                hidden
              />
              <PasswordField
                {...field('currentPassword', t('profile.current_password'))}
                autocomplete="current-password"
                required
              />
              <PasswordField
                {...field('newPassword', t('profile.new_password'))}
                hint={t('profile.new_password_hint')}
                autocomplete="new-password"
                required
              />
              <button type="submit">{t('profile.change_password')}</button>
            </PostForm>
          ) : (
            <p>{t('profile.no_password')}</p>
          )}
        </section>
      </div>
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">{t('feeds.title')}</h2>
        <p>{t('feeds.profile_intro')}</p>
        <p>
          <a href="/feeds">{t('feeds.profile_link')}</a>
        </p>
      </section>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('tokens.heading')}</h2>
        <p>{t('tokens.intro')}</p>
        <TokenTable c={c} tokens={profile.tokens} />
        <h3>{t('tokens.create_heading')}</h3>
        <PostForm action="/profile/tokens" csrfToken={csrf} class="narrow">
          <TextField
            {...field('name', t('tokens.name'))}
            hint={t('tokens.name_hint')}
            value={opts.newToken ? '' : values.name}
            autocomplete="off"
            required
          />
          <div class="field check-field">
            <input
              type="checkbox"
              id="f-credentialsReveal"
              name="credentialsReveal"
              value="on"
              aria-describedby="h-credentialsReveal"
              checked={!opts.newToken && values.credentialsReveal === 'on'}
            />
            <label for="f-credentialsReveal">{t('tokens.scope.credentials_reveal')}</label>
          </div>
          <p class="hint" id="h-credentialsReveal">
            {t('tokens.scope.credentials_reveal_hint')}
          </p>
          <button type="submit">{t('tokens.create')}</button>
        </PostForm>
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
      <DataTable
        items={profile.roles}
        columns={[t('profile.role'), t('profile.unit')]}
        row={(r) => (
          <tr>
            <td>{t(`users.role.${r.role}`)}</td>
            <td>{r.unitName}</td>
          </tr>
        )}
      />
    </>
  );
}
