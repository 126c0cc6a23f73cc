import type { Ctx } from '../platform/http/context.js';
import { PASSWORD_MIN_LENGTH } from '../platform/auth/password.js';
import { Csrf, ErrorSummary, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';

/** The one-time form that creates the organisation and its first administrator. */
export function setupPage(
  c: Ctx,
  token: string,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  return renderPage(
    c,
    t('setup.title'),
    <div class="narrow">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={`/setup/${encodeURIComponent(token)}`} novalidate>
        <Csrf token={c.get('csrfToken')} />
        <input type="hidden" name="locale" value={c.get('locale')} />
        <TextField
          name="organisationName"
          label={t('setup.organisation_name')}
          value={values.organisationName}
          errors={errors}
          required
          t={t}
        />
        <TextField
          name="name"
          label={t('setup.name')}
          value={values.name}
          autocomplete="name"
          errors={errors}
          required
          t={t}
        />
        <TextField
          name="email"
          type="email"
          label={t('sign_in.email')}
          value={values.email}
          autocomplete="email"
          errors={errors}
          required
          t={t}
        />
        <TextField
          name="password"
          type="password"
          label={t('sign_in.password')}
          hint={t('setup.password_hint', { min: PASSWORD_MIN_LENGTH })}
          autocomplete="new-password"
          errors={errors}
          required
          t={t}
        />
        <button type="submit">{t('setup.submit')}</button>
      </form>
    </div>,
    status,
  );
}
