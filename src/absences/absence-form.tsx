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
import type { Absence } from './absence.js';

/** What the new/change form is drawn from; a change names the absent person instead of choosing. */
export interface AbsenceFormProps {
  absence?: { absence: Absence; name: string };
  values: Record<string, string>;
  errors: ErrorMap;
  people: [string, string][];
}

/** An absence's values as the form shows them. */
export function absenceFormValues(a: Absence): Record<string, string> {
  return { startsOn: a.startsOn, endsOn: a.endsOn, note: a.note };
}

/** The form that records an absence, or changes its dates and note. */
export function absenceFormPage(c: Ctx, props: AbsenceFormProps, status: number) {
  const t = c.get('t');
  const { absence, errors } = props;
  const title = absence ? t('absences.edit_title', { name: absence.name }) : t('absences.new');
  const field = bindFields(props.values, errors, t);
  const back = absence ? `/absences/${absence.absence.id}` : '/absences';
  return renderPage(
    c,
    title,
    <>
      <BackLink href={back} label={t('absences.back')} />
      <FormPage title={title} errors={errors} t={t}>
        <PostForm action={absence ? back : '/absences'} csrfToken={c.get('csrfToken')}>
          {!absence && (
            <SelectField
              {...field('userId', t('absences.field.userId'))}
              options={props.people}
              hint={t('absences.person_hint')}
              required
            />
          )}
          <TextField
            {...field('startsOn', t('absences.field.startsOn'))}
            hint={t('absences.date_hint')}
            inputmode="numeric"
            required
          />
          <TextField
            {...field('endsOn', t('absences.field.endsOn'))}
            hint={t('absences.date_hint')}
            inputmode="numeric"
            required
          />
          <TextArea {...field('note', t('absences.field.note'))} rows={3} />
          <FormActions
            submit={absence ? t('common.save') : t('absences.new')}
            cancelHref={back}
            t={t}
          />
        </PostForm>
      </FormPage>
    </>,
    status,
  );
}
