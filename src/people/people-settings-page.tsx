import type { Ctx } from '../platform/http/context.js';
import { bindFields, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { PeoplePolicy } from './people-policy.js';

/** The policy's values as the form shows them. */
export function policyFormValues(p: PeoplePolicy): Record<string, string> {
  return {
    minPeople: String(p.minPeople),
    trainingNoticeDays: String(p.trainingNoticeDays),
    rotationMonths: String(p.rotationMonths),
    reauthMinutes: String(p.reauthMinutes),
  };
}

/** The form for the organisation's rules for the people behind accounts. */
export function peopleSettingsPage(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = t('people.settings_title');
  const field = bindFields(values, errors, t);
  const number = { type: 'number', inputmode: 'numeric' as const, required: true };
  return renderPage(
    c,
    title,
    <FormPage title={title} intro={<p>{t('people.settings_intro')}</p>} errors={errors} t={t}>
      <PostForm action="/people/settings" csrfToken={c.get('csrfToken')}>
        <TextField
          {...field('minPeople', t('people.field.minPeople'))}
          hint={t('people.min_people_hint')}
          {...number}
        />
        <TextField
          {...field('trainingNoticeDays', t('people.field.trainingNoticeDays'))}
          hint={t('people.training_hint')}
          {...number}
        />
        <TextField
          {...field('rotationMonths', t('people.field.rotationMonths'))}
          hint={t('people.rotation_hint')}
          {...number}
        />
        <TextField
          {...field('reauthMinutes', t('people.field.reauthMinutes'))}
          hint={t('people.reauth_hint')}
          {...number}
        />
        <FormActions submit={t('common.save')} cancelHref="/" t={t} />
      </PostForm>
    </FormPage>,
    status,
  );
}
