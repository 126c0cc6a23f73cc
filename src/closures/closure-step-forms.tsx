import {
  bindFields,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { ClosureStep } from './closure.js';
import { kindOptions, stepLabel } from './closure-labels.js';

/** What every step form needs. */
export interface StepFormProps {
  accountId: number;
  version: number;
  step: ClosureStep;
  values: Record<string, string>;
  errors: ErrorMap;
  csrfToken: string;
  t: Translate;
  /** The account's disposal reference, offered for the archive step. */
  disposalReference: string;
  retryDays: number;
}

/**
 * The form of one step. Its fields are named `<form>.<field>`, so that the forms of one page
 * never share an id; `form` says which one was sent.
 */
export function StepForm(props: StepFormProps & { form: string }) {
  const { step, form, t } = props;
  const field = bindFields(props.values, props.errors, t);
  const name = (f: string) => `${form}.${f}`;
  const label = stepLabel(t, step.step);
  return (
    <PostForm
      action={`/accounts/${props.accountId}/closure/steps/${step.step}`}
      csrfToken={props.csrfToken}
      class="closure-step-form"
    >
      <input type="hidden" name="form" value={form} />
      <input type="hidden" name="version" value={String(props.version)} />
      {step.step === 'archive' && (
        <>
          <SelectField
            {...field(name('kind'), t('closures.field.kind'))}
            value={props.values[name('kind')]}
            options={kindOptions(t)}
            empty={t('closures.choose')}
            required
          />
          <TextField
            {...field(name('reference'), t('closures.field.reference'))}
            value={props.values[name('reference')] ?? props.disposalReference}
            hint={t('closures.reference_hint')}
            required
          />
        </>
      )}
      <TextArea
        {...field(name('note'), t('closures.field.note'))}
        hint={t(step.required ? 'closures.note_hint' : 'closures.note_skip_hint')}
        rows={2}
      />
      <div class="actions">
        <button type="submit" name="outcome" value="done">
          {t('closures.mark_done', { step: label })}
        </button>
        {!step.required && (
          <button type="submit" name="outcome" value="skipped" class="secondary">
            {t('closures.skip', { step: label })}
          </button>
        )}
      </div>
    </PostForm>
  );
}

/** The form that records a failed attempt to delete the account at the platform. */
export function BlockedForm(props: StepFormProps) {
  const { t } = props;
  const field = bindFields(props.values, props.errors, t);
  return (
    <details
      class="blocked-form"
      open={Object.keys(props.errors).some((k) => k.startsWith('blocked.'))}
    >
      <summary>{t('closures.blocked_summary')}</summary>
      <PostForm
        action={`/accounts/${props.accountId}/closure/steps/delete`}
        csrfToken={props.csrfToken}
      >
        <input type="hidden" name="form" value="blocked" />
        <input type="hidden" name="outcome" value="blocked" />
        <input type="hidden" name="version" value={String(props.version)} />
        <p class="hint">{t('closures.blocked_intro')}</p>
        <TextArea
          {...field('blocked.note', t('closures.field.attempt_note'))}
          hint={t('closures.attempt_note_hint')}
          rows={3}
          required
        />
        <TextField
          {...field('blocked.caseReference', t('closures.field.case_reference'))}
          hint={t('closures.case_reference_hint')}
        />
        <TextField
          {...field('blocked.attemptedOn', t('closures.field.attempted_on'))}
          type="date"
          hint={t('closures.attempted_on_hint')}
        />
        <TextField
          {...field('blocked.retryDays', t('closures.field.retry_days'))}
          value={props.values['blocked.retryDays'] ?? String(props.retryDays)}
          type="number"
          inputmode="numeric"
          hint={t('closures.retry_days_hint')}
        />
        <button type="submit" class="secondary">
          {t('closures.record_attempt')}
        </button>
      </PostForm>
    </details>
  );
}
