import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { bindFields, PasswordField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';

/** The password confirmation that opens the vault for a few minutes. */
export function confirmPage(
  c: Ctx,
  props: {
    accountId: number;
    accountName: string;
    back: string;
    minutes: number;
    hasPassword: boolean;
    errors: ErrorMap;
  },
  status = 200,
) {
  const t = c.get('t');
  const title = t('reauth.title');
  const field = bindFields({}, props.errors, t);
  const actor = c.get('actor');
  return renderPage(
    c,
    title,
    <FormPage
      title={title}
      errors={props.errors}
      t={t}
      intro={<p>{t('reauth.intro', { name: props.accountName, minutes: props.minutes })}</p>}
    >
      {props.hasPassword ? (
        <PostForm
          action={`/accounts/${props.accountId}/credentials/confirm`}
          csrfToken={c.get('csrfToken')}
        >
          <input type="hidden" name="back" value={props.back} />
          <input
            type="text"
            name="username"
            value={actor?.email ?? ''}
            autocomplete="username"
            hidden
          />
          <PasswordField
            {...field('password', t('reauth.password'))}
            autocomplete="current-password"
            required
          />
          <FormActions submit={t('reauth.submit')} cancelHref={props.back} t={t} />
        </PostForm>
      ) : (
        <p>{t('reauth.no_password')}</p>
      )}
    </FormPage>,
    status,
  );
}
