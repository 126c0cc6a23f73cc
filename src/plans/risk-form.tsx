import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import {
  bindFields,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { Plan, Risk } from './plan.js';
import { impactOptions, likelihoodOptions, responseOptions } from './plan-labels.js';

/** What the new/change form of a risk is drawn from. */
export interface RiskFormProps {
  plan: Plan;
  risk?: Risk;
  values: Record<string, string>;
  errors: ErrorMap;
}

/** A risk's values as the form shows them. */
export function riskFormValues(r: Risk): Record<string, string> {
  return {
    title: r.title,
    description: r.description,
    likelihood: String(r.likelihood),
    impact: String(r.impact),
    response: r.response,
    responseNote: r.responseNote,
  };
}

/** The form that adds a risk to a plan, or changes one. */
export function riskFormPage(c: Ctx, props: RiskFormProps, status: number) {
  const t = c.get('t');
  const { plan, risk, errors } = props;
  const title = risk
    ? t('plans.risk_edit_title', { title: risk.title })
    : t('plans.risk_new_title', { plan: plan.title });
  const field = bindFields(props.values, errors, t);
  const planUrl = `/plans/${plan.id}`;
  return renderPage(
    c,
    title,
    <>
      <BackLink href={planUrl} label={t('plans.back_to_plan', { title: plan.title })} />
      <FormPage title={title} errors={errors} t={t}>
        <PostForm
          action={risk ? `${planUrl}/risks/${risk.id}` : `${planUrl}/risks`}
          csrfToken={c.get('csrfToken')}
        >
          <TextField
            {...field('title', t('plans.risk.field.title'))}
            hint={t('plans.risk_title_hint')}
            required
          />
          <TextArea {...field('description', t('plans.risk.field.description'))} rows={4} />
          <SelectField
            {...field('likelihood', t('plans.risk.field.likelihood'))}
            options={likelihoodOptions(t)}
            empty=""
            required
          />
          <SelectField
            {...field('impact', t('plans.risk.field.impact'))}
            options={impactOptions(t)}
            empty=""
            required
          />
          <SelectField
            {...field('response', t('plans.risk.field.response'))}
            hint={t('plans.response_hint')}
            options={responseOptions(t)}
            empty=""
            required
          />
          <TextArea {...field('responseNote', t('plans.risk.field.responseNote'))} rows={3} />
          <FormActions
            submit={risk ? t('common.save') : t('plans.risk_new')}
            cancelHref={risk ? `${planUrl}#risk-${risk.id}` : planUrl}
            t={t}
          />
        </PostForm>
      </FormPage>
    </>,
    status,
  );
}
