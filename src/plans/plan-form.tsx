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
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { Plan } from './plan.js';

/** What the new/change form of a plan is drawn from. */
export interface PlanFormProps {
  /** The plan being changed, with its unit's name; absent for a new plan. */
  plan?: Plan;
  unitName?: string;
  values: Record<string, string>;
  errors: ErrorMap;
  units: [string, string][];
}

/** A plan's values as the form shows them. */
export function planFormValues(p: Plan): Record<string, string> {
  return { unitId: String(p.unitId), year: String(p.year), title: p.title, notes: p.notes };
}

/** The form that creates a plan, or changes one (its unit stays). */
export function planFormPage(c: Ctx, props: PlanFormProps, status: number) {
  const t = c.get('t');
  const { plan, errors } = props;
  const title = plan ? t('plans.edit_title', { title: plan.title }) : t('plans.new');
  const field = bindFields(props.values, errors, t);
  return renderPage(
    c,
    title,
    <FormPage
      title={title}
      intro={<p>{plan ? t('plans.unit_fixed') : t('plans.new_intro')}</p>}
      errors={errors}
      t={t}
    >
      <PostForm action={plan ? `/plans/${plan.id}` : '/plans'} csrfToken={c.get('csrfToken')}>
        {plan ? (
          <dl class="details">
            <dt>{t('plans.field.unitId')}</dt>
            <dd>{props.unitName}</dd>
          </dl>
        ) : (
          <SelectField
            {...field('unitId', t('plans.field.unitId'))}
            hint={t('plans.unit_hint')}
            options={props.units}
            empty=""
            required
          />
        )}
        <TextField
          {...field('year', t('plans.field.year'))}
          hint={t('plans.year_hint')}
          inputmode="numeric"
          required
        />
        <TextField {...field('title', t('plans.field.title'))} required />
        <TextArea {...field('notes', t('plans.field.notes'))} rows={5} />
        <FormActions
          submit={plan ? t('common.save') : t('plans.new')}
          cancelHref={plan ? `/plans/${plan.id}` : '/plans'}
          t={t}
        />
      </PostForm>
    </FormPage>,
    status,
  );
}
