import { ACCOUNT_TYPES } from '../accounts/account.js';
import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { bindFields, SelectField, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate } from '../platform/i18n/format.js';
import { stepRoleOptions, typeLabel } from './application-labels.js';
import { stepField, type ApplicationPolicy } from './application-policy.js';

const STEPS_PER_TYPE = 3;

/** The policy's values as the form shows them: one select per step, empty for none. */
export function applicationPolicyFormValues(p: ApplicationPolicy): Record<string, string> {
  const values: Record<string, string> = {
    'teachingEnd.month': String(p.teachingEnd.month),
    'teachingEnd.day': String(p.teachingEnd.day),
  };
  for (const type of ACCOUNT_TYPES)
    for (let i = 0; i < STEPS_PER_TYPE; i++) values[stepField(type, i)] = p.steps[type][i] ?? '';
  return values;
}

/** The months by name, in the interface language, as select options. */
function monthOptions(locale: Locale): [string, string][] {
  const name = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return Array.from({ length: 12 }, (_, i) => [
    String(i + 1),
    name.format(new Date(Date.UTC(2000, i, 1))),
  ]);
}

/** What the settings form is drawn from. */
export interface ApplicationSettingsProps {
  values: Record<string, string>;
  errors: ErrorMap;
  /** The latest end date of a teaching account today, under the policy in force. */
  teachingMaxEnd: string;
}

/** The form for the approval steps per account type and the end of the school year. */
export function applicationSettingsPage(c: Ctx, props: ApplicationSettingsProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const title = t('applications.pages.settings_title');
  const field = bindFields(props.values, props.errors, t);
  return renderPage(
    c,
    title,
    <FormPage
      title={title}
      intro={
        <>
          <p>{t('applications.pages.settings_intro')}</p>
          <p class="hint">{t('applications.pages.settings_roles')}</p>
        </>
      }
      errors={props.errors}
      t={t}
    >
      <PostForm action="/applications/settings" csrfToken={c.get('csrfToken')}>
        {ACCOUNT_TYPES.map((type) => (
          <fieldset>
            <legend>{t('applications.pages.steps_legend', { type: typeLabel(t, type) })}</legend>
            {Array.from({ length: STEPS_PER_TYPE }, (_, i) => (
              <SelectField
                {...field(stepField(type, i), t('applications.pages.step_n', { n: i + 1 }))}
                options={stepRoleOptions(t)}
                empty={t('applications.pages.no_step')}
                required={i === 0}
              />
            ))}
          </fieldset>
        ))}
        <fieldset>
          <legend>{t('applications.pages.teaching_end_legend')}</legend>
          <p class="hint">
            {t('applications.pages.teaching_end_hint', {
              date: formatDate(props.teachingMaxEnd, locale),
            })}
          </p>
          <SelectField
            {...field('teachingEnd.month', t('applications.pages.month'))}
            options={monthOptions(locale)}
            required
          />
          <TextField
            {...field('teachingEnd.day', t('applications.pages.day'))}
            type="number"
            inputmode="numeric"
            required
          />
        </fieldset>
        <FormActions submit={t('common.save')} cancelHref="/settings" t={t} />
      </PostForm>
    </FormPage>,
    status,
  );
}
