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

/** The form that records a completed course for a person. */
export function completionFormPage(
  c: Ctx,
  props: {
    values: Record<string, string>;
    errors: ErrorMap;
    people: [string, string][];
    courses: [string, string][];
  },
  status: number,
) {
  const t = c.get('t');
  const field = bindFields(props.values, props.errors, t);
  const title = t('training.record');
  const back =
    props.values.userId && /^\d+$/.test(props.values.userId)
      ? `/training/people/${props.values.userId}`
      : '/training';
  return renderPage(
    c,
    title,
    <>
      <BackLink href="/training" label={t('training.back')} />
      <FormPage title={title} errors={props.errors} t={t}>
        <PostForm action="/training/completions" csrfToken={c.get('csrfToken')}>
          <SelectField
            {...field('userId', t('training.field.userId'))}
            options={props.people}
            empty=""
            required
          />
          <SelectField
            {...field('courseId', t('training.field.courseId'))}
            options={props.courses}
            empty=""
            required
          />
          <TextField
            {...field('completedOn', t('training.field.completedOn'))}
            hint={t('training.date_hint')}
            inputmode="numeric"
            required
          />
          <TextArea {...field('note', t('training.field.note'))} rows={3} />
          <FormActions submit={title} cancelHref={back} t={t} />
        </PostForm>
      </FormPage>
    </>,
    status,
  );
}
