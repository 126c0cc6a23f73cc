import type { Ctx } from '../platform/http/context.js';
import {
  bindFields,
  PasswordField,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { User } from './user.js';

/** The form that creates a user (no `user`) or changes one. */
export function userFormPage(
  c: Ctx,
  user: User | null,
  values: Record<string, string>,
  homeUnits: [string, string][],
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = user ? t('users.edit_title', { name: user.name }) : t('users.new');
  const field = bindFields(values, errors, t);
  return renderPage(
    c,
    title,
    <FormPage title={title} errors={errors} t={t}>
      <PostForm action={user ? `/users/${user.id}` : '/users'} csrfToken={c.get('csrfToken')}>
        <TextField {...field('name', t('users.field.name'))} autocomplete="off" required />
        <TextField
          {...field('email', t('users.field.email'))}
          type="email"
          inputmode="email"
          autocomplete="off"
          required
        />
        <SelectField
          {...field('locale', t('users.field.locale'))}
          options={[
            ['sv', t('language.sv')],
            ['en', t('language.en')],
          ]}
          required
        />
        <SelectField
          {...field('homeUnitId', t('users.field.homeUnitId'))}
          options={homeUnits}
          empty={t('users.no_home_unit')}
          hint={t('users.home_unit_hint')}
        />
        <PasswordField
          {...field('password', user ? t('users.new_password') : t('users.field.password'))}
          hint={user ? t('users.password_keep_hint') : t('users.password_hint')}
          autocomplete="new-password"
        />
        <FormActions
          submit={user ? t('common.save') : t('common.create')}
          cancelHref={user ? `/users/${user.id}` : '/users'}
          t={t}
        />
      </PostForm>
    </FormPage>,
    status,
  );
}
