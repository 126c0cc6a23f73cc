import { typeLabel } from '../accounts/account-labels.js';
import { ACCOUNT_TYPES } from '../accounts/account.js';
import type { Ctx } from '../platform/http/context.js';
import { bindFields, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';

function Check(props: { name: string; label: string; checked: boolean }) {
  return (
    <div class="field check-field">
      <input
        type="checkbox"
        id={`f-${props.name}`}
        name={props.name}
        value="on"
        checked={props.checked}
      />
      <label for={`f-${props.name}`}>{props.label}</label>
    </div>
  );
}

/** The form for the organisation's rules for closing accounts. */
export function closureSettingsPage(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = t('closures.settings_title');
  const field = bindFields(values, errors, t);
  const byType = (prefix: string, legend: string, hint: string) => (
    <fieldset aria-describedby={`h-${prefix}`}>
      <legend>{legend}</legend>
      <p class="hint" id={`h-${prefix}`}>
        {hint}
      </p>
      {ACCOUNT_TYPES.map((type) => (
        <Check
          name={`${prefix}.${type}`}
          label={typeLabel(t, type)}
          checked={values[`${prefix}.${type}`] === 'on'}
        />
      ))}
    </fieldset>
  );
  return renderPage(
    c,
    title,
    <FormPage title={title} intro={<p>{t('closures.settings_intro')}</p>} errors={errors} t={t}>
      <PostForm action="/closures/settings" csrfToken={c.get('csrfToken')}>
        {byType('announce', t('closures.field.announce'), t('closures.announce_hint'))}
        {byType('autoStart', t('closures.field.auto_start'), t('closures.auto_start_hint'))}
        <TextField
          {...field('retryDays', t('closures.field.retry_days'))}
          hint={t('closures.settings_retry_hint')}
          type="number"
          inputmode="numeric"
          required
        />
        <FormActions submit={t('common.save')} cancelHref="/closures" t={t} />
      </PostForm>
    </FormPage>,
    status,
  );
}
