import type { Ctx } from '../platform/http/context.js';
import { PASSWORD_MIN_LENGTH } from '../platform/auth/password.js';
import { bindFields, PasswordField, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { PostForm } from '../platform/http/ui/post-form.js';

/** The one-time form that creates the organisation and its first administrator. */
export function setupPage(
  c: Ctx,
  token: string,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const field = bindFields(values, errors, t);
  return renderPage(
    c,
    t('setup.title'),
    <FormPage title={t('setup.title')} intro={<p>{t('setup.intro')}</p>} errors={errors} t={t}>
      <PostForm action={`/setup/${encodeURIComponent(token)}`} csrfToken={c.get('csrfToken')}>
        <input type="hidden" name="locale" value={c.get('locale')} />
        <TextField {...field('organisationName', t('setup.organisation_name'))} required />
        <TextField {...field('name', t('setup.name'))} autocomplete="name" required />
        <TextField
          {...field('email', t('sign_in.email'))}
          type="email"
          autocomplete="email"
          required
        />
        <PasswordField
          {...field('password', t('sign_in.password'))}
          hint={t('setup.password_hint', { min: PASSWORD_MIN_LENGTH })}
          autocomplete="new-password"
          required
        />
        <button type="submit">{t('setup.submit')}</button>
      </PostForm>
    </FormPage>,
    status,
  );
}
