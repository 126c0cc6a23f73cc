import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { bindFields, SelectField, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';

/** What the form for an earlier audit's totals is drawn from. */
export interface EarlierFormProps {
  values: Record<string, string>;
  errors: ErrorMap;
  units: [string, string][];
}

/** The form that records an earlier response-time audit from the totals of its report. */
export function earlierAuditFormPage(c: Ctx, props: EarlierFormProps, status = 200) {
  const t = c.get('t');
  const title = t('questions.earlier_title');
  const field = bindFields(props.values, props.errors, t);
  const count = (name: string, label: string, hint?: string, required = true) => (
    <TextField {...field(name, label)} hint={hint} inputmode="numeric" required={required} />
  );
  return renderPage(
    c,
    title,
    <FormPage
      title={title}
      intro={<p>{t('questions.earlier_intro')}</p>}
      errors={props.errors}
      t={t}
    >
      <PostForm action="/audits/earlier" csrfToken={c.get('csrfToken')}>
        <TextField {...field('year', t('questions.field.year'))} inputmode="numeric" required />
        <SelectField
          {...field('unitId', t('questions.field.unitId'))}
          options={props.units}
          empty=""
          required
        />
        <TextField
          {...field('title', t('questions.field.title'))}
          hint={t('questions.earlier_title_hint')}
        />
        <fieldset>
          <legend>{t('questions.totals_legend')}</legend>
          {count('asked', t('questions.total.asked'))}
          {count('answered', t('questions.total.answered'))}
          {count('within', t('questions.total.within'))}
          {count('late', t('questions.total.late'), t('questions.total_late_hint'), false)}
          {count('signed', t('questions.total.signed'), t('questions.total_signed_hint'), false)}
        </fieldset>
        <FormActions submit={t('questions.earlier_save')} cancelHref="/audits" t={t} />
      </PostForm>
    </FormPage>,
    status,
  );
}
