import type { Ctx } from '../platform/http/context.js';
import { bindFields, PasswordField, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { PostForm } from '../platform/http/ui/post-form.js';

/** The sign-in form. */
export function signInPage(
  c: Ctx,
  values: { email?: string; next?: string },
  errors: ErrorMap = {},
  status = 200,
  notice?: string,
) {
  const t = c.get('t');
  const field = bindFields(values, errors, t);
  return renderPage(
    c,
    t('sign_in.title'),
    <FormPage
      title={t('sign_in.title')}
      intro={notice && <p class="notice">{notice}</p>}
      errors={errors}
      t={t}
    >
      <PostForm action="/sign-in" csrfToken={c.get('csrfToken')}>
        <input type="hidden" name="next" value={values.next ?? ''} />
        <TextField
          {...field('email', t('sign_in.email'))}
          type="email"
          autocomplete="username"
          required
        />
        <PasswordField
          {...field('password', t('sign_in.password'))}
          autocomplete="current-password"
          required
        />
        <button type="submit">{t('sign_in.submit')}</button>
      </PostForm>
    </FormPage>,
    status,
  );
}
