import type { Ctx } from '../platform/http/context.js';
import { bindFields, TextArea, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';

/** The form for the organisation's response time rules, with what was typed and its problems. */
export function calendarSettingsPage(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = t('calendar.settings_title');
  const field = bindFields(values, errors, t);
  return renderPage(
    c,
    title,
    <FormPage title={title} intro={<p>{t('calendar.settings_intro')}</p>} errors={errors} t={t}>
      <PostForm action="/calendar/settings" csrfToken={c.get('csrfToken')}>
        <TextField
          {...field('responseHours', t('calendar.field.responseHours'))}
          type="number"
          inputmode="numeric"
          hint={t('calendar.hours_hint')}
          required
        />
        <div class="field check-field">
          <input
            type="checkbox"
            id="f-moveToNextWorkingDay"
            name="moveToNextWorkingDay"
            value="1"
            checked={values.moveToNextWorkingDay === '1'}
          />
          <label for="f-moveToNextWorkingDay" class="inline-label">
            {t('calendar.field.moveToNextWorkingDay')}
          </label>
        </div>
        <TextField
          {...field('endOfWorkingDay', t('calendar.field.endOfWorkingDay'))}
          hint={t('calendar.end_hint')}
          autocomplete="off"
          required
        />
        <TextArea
          {...field('extraClosedDays', t('calendar.field.extraClosedDays'))}
          hint={t('calendar.extra_hint')}
          rows={8}
        />
        <FormActions submit={t('common.save')} cancelHref="/calendar" t={t} />
      </PostForm>
    </FormPage>,
    status,
  );
}
