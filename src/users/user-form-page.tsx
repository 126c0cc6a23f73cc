import type { Ctx } from '../platform/http/context.js';
import {
  Csrf,
  ErrorSummary,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import type { User } from './user.js';

/** The form that creates a user (no `user`) or changes one. */
export function userFormPage(
  c: Ctx,
  user: User | null,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = user ? t('users.edit_title', { name: user.name }) : t('users.new');
  return renderPage(
    c,
    title,
    <div class="narrow">
      <h1>{title}</h1>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={user ? `/users/${user.id}` : '/users'} novalidate>
        <Csrf token={c.get('csrfToken')} />
        <TextField
          name="name"
          label={t('users.field.name')}
          value={values.name}
          autocomplete="off"
          errors={errors}
          required
          t={t}
        />
        <TextField
          name="email"
          type="email"
          inputmode="email"
          label={t('users.field.email')}
          value={values.email}
          autocomplete="off"
          errors={errors}
          required
          t={t}
        />
        <SelectField
          name="locale"
          label={t('users.field.locale')}
          value={values.locale}
          options={[
            ['sv', t('language.sv')],
            ['en', t('language.en')],
          ]}
          errors={errors}
          required
          t={t}
        />
        <TextField
          name="password"
          type="password"
          label={user ? t('users.new_password') : t('users.field.password')}
          hint={user ? t('users.password_keep_hint') : t('users.password_hint')}
          autocomplete="new-password"
          errors={errors}
          t={t}
        />
        <div class="actions">
          <button type="submit">{user ? t('common.save') : t('common.create')}</button>
          <a href={user ? `/users/${user.id}` : '/users'}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>,
    status,
  );
}
