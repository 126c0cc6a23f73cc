import type { Ctx } from '../platform/http/context.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { Audit } from './audit.js';
import { channelLabel, channelOptions, outcomeLabel } from './question-labels.js';
import type { QuestionWithOutcome } from './question-queries.js';
import { stockholmTimeText } from './question-time.js';

/** A question's values as its form shows them. */
export function questionFormValues(q: QuestionWithOutcome): Record<string, string> {
  return {
    answeredAt: stockholmTimeText(q.answeredAt),
    signed: q.signed === null ? '' : q.signed ? 'yes' : 'no',
    note: q.note,
    notPossible: q.notPossible ? '1' : '',
    notPossibleReason: q.notPossibleReason,
    askedAt: stockholmTimeText(q.askedAt),
    channel: q.channel,
    question: q.question,
  };
}

/** The form's values as a change to the question; an unchecked box is not sent, so it means no. */
export function questionChangeFromForm(values: Record<string, string>): Record<string, unknown> {
  const signed = values.signed ?? '';
  return {
    answeredAt: values.answeredAt ?? '',
    signed: signed === 'yes' ? true : signed === 'no' ? false : signed === '' ? null : signed,
    note: values.note ?? '',
    notPossible: values.notPossible === '1',
    notPossibleReason: values.notPossibleReason ?? '',
    askedAt: values.askedAt ?? '',
    channel: values.channel ?? '',
    question: values.question ?? '',
  };
}

/** What the answer form is drawn from; `back` is where to return, e.g. the page of the list. */
export interface QuestionEditProps {
  audit: Audit;
  question: QuestionWithOutcome;
  values: Record<string, string>;
  errors: ErrorMap;
  back: string;
}

/** The form that records a question's answer, marks it not possible, or corrects it. */
export function questionEditPage(c: Ctx, props: QuestionEditProps, status = 200) {
  const t = c.get('t');
  const { audit, question: q, errors } = props;
  const field = bindFields(props.values, errors, t);
  const title = t('questions.edit_title', { account: q.account.displayName });
  const due = 'due' in q.outcome ? stockholmTimeText(q.outcome.due) : '–';
  const notPossibleError = errors.notPossible;
  return renderPage(
    c,
    title,
    <div class="narrow">
      <BackLink href={props.back} label={t('questions.back')} />
      <h1>{title}</h1>
      <dl class="details">
        <dt>{t('questions.field.account')}</dt>
        <dd>
          {q.account.displayName} ({q.account.handle})
        </dd>
        <dt>{t('questions.field.askedAt')}</dt>
        <dd>
          {stockholmTimeText(q.askedAt)}, {channelLabel(t, q.channel)}
        </dd>
        <dt>{t('questions.field.deadline')}</dt>
        <dd>{due}</dd>
        <dt>{t('questions.field.outcome')}</dt>
        <dd>{outcomeLabel(t, q.outcome.kind)}</dd>
        {q.question && (
          <>
            <dt>{t('questions.field.question')}</dt>
            <dd class="prewrap">{q.question}</dd>
          </>
        )}
      </dl>
      <ErrorSummary errors={errors} t={t} />
      <PostForm action={`/audits/${audit.id}/questions/${q.id}`} csrfToken={c.get('csrfToken')}>
        <input type="hidden" name="back" value={props.back} />
        <fieldset>
          <legend>{t('questions.answer_legend')}</legend>
          <TextField
            {...field('answeredAt', t('questions.field.answeredAt'))}
            hint={t('questions.answered_hint')}
            inputmode="numeric"
            autocomplete="off"
          />
          <SelectField
            {...field('signed', t('questions.field.signed'))}
            options={[
              ['yes', t('questions.signed.yes')],
              ['no', t('questions.signed.no')],
            ]}
            empty={t('questions.signed.unknown')}
          />
          <TextArea {...field('note', t('questions.field.note'))} rows={3} />
        </fieldset>
        <fieldset>
          <legend>{t('questions.not_possible_legend')}</legend>
          <div class={notPossibleError ? 'field check-field has-error' : 'field check-field'}>
            <input
              type="checkbox"
              id="f-notPossible"
              name="notPossible"
              value="1"
              checked={props.values.notPossible === '1'}
            />
            <label for="f-notPossible">{t('questions.not_possible_label')}</label>
          </div>
          <TextField
            {...field('notPossibleReason', t('questions.field.notPossibleReason'))}
            hint={t('questions.reason_hint')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('questions.correct_legend')}</legend>
          <TextField
            {...field('askedAt', t('questions.field.askedAt'))}
            hint={t('questions.time_hint')}
            inputmode="numeric"
            autocomplete="off"
            required
          />
          <SelectField
            {...field('channel', t('questions.field.channel'))}
            options={channelOptions(t)}
            required
          />
          <TextArea {...field('question', t('questions.field.question'))} rows={3} />
        </fieldset>
        <FormActions submit={t('common.save')} cancelHref={props.back} t={t} />
      </PostForm>
    </div>,
    status,
  );
}
