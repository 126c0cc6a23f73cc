import type { Ctx } from '../platform/http/context.js';
import { Csrf, ErrorSummary, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';

/** The sign-in form. */
export function signInPage(
  c: Ctx,
  values: { email?: string; next?: string },
  errors: ErrorMap = {},
  status = 200,
  notice?: string,
) {
  const t = c.get('t');
  return renderPage(
    c,
    t('sign_in.title'),
    <div class="narrow">
      <h1>{t('sign_in.title')}</h1>
      {notice && <p class="notice">{notice}</p>}
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action="/sign-in" novalidate>
        <Csrf token={c.get('csrfToken')} />
        <input type="hidden" name="next" value={values.next ?? ''} />
        <TextField
          name="email"
          type="email"
          label={t('sign_in.email')}
          value={values.email}
          autocomplete="username"
          errors={errors}
          required
          t={t}
        />
        <TextField
          name="password"
          type="password"
          label={t('sign_in.password')}
          autocomplete="current-password"
          errors={errors}
          required
          t={t}
        />
        <button type="submit">{t('sign_in.submit')}</button>
      </form>
    </div>,
    status,
  );
}
