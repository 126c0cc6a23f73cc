import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { bindFields, TextArea, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { Course } from './course.js';

/** A course's values as the form shows them. */
export function courseFormValues(course: Course): Record<string, string> {
  return {
    name: course.name,
    description: course.description,
    validityMonths: course.validityMonths === null ? '' : String(course.validityMonths),
    required: course.required ? '1' : '0',
    active: course.active ? '1' : '0',
  };
}

function Check(props: { name: string; label: string; checked: boolean }) {
  return (
    <div class="field check-field">
      <input
        type="checkbox"
        id={`f-${props.name}`}
        name={props.name}
        value="1"
        checked={props.checked}
      />
      <label for={`f-${props.name}`} class="inline-label">
        {props.label}
      </label>
    </div>
  );
}

/** The form that adds a course, or changes one. */
export function courseFormPage(
  c: Ctx,
  props: { course?: Course; values: Record<string, string>; errors: ErrorMap },
  status: number,
) {
  const t = c.get('t');
  const { course, values, errors } = props;
  const title = course
    ? t('training.course.edit_title', { name: course.name })
    : t('training.course.new');
  const back = course ? `/training/courses/${course.id}` : '/training/courses';
  const field = bindFields(values, errors, t);
  return renderPage(
    c,
    title,
    <>
      <BackLink href="/training/courses" label={t('training.course.back')} />
      <FormPage title={title} errors={errors} t={t}>
        <PostForm action={course ? back : '/training/courses'} csrfToken={c.get('csrfToken')}>
          <TextField {...field('name', t('training.course.field.name'))} required />
          <TextArea {...field('description', t('training.course.field.description'))} rows={4} />
          <TextField
            {...field('validityMonths', t('training.course.field.validityMonths'))}
            hint={
              course
                ? `${t('training.course.validity_hint')} ${t('training.course.validity_note')}`
                : t('training.course.validity_hint')
            }
            inputmode="numeric"
          />
          <Check
            name="required"
            label={t('training.course.field.required')}
            checked={values.required === '1'}
          />
          <Check
            name="active"
            label={t('training.course.field.active')}
            checked={values.active === '1'}
          />
          <FormActions
            submit={course ? t('common.save') : t('training.course.new')}
            cancelHref={back}
            t={t}
          />
        </PostForm>
      </FormPage>
    </>,
    status,
  );
}
