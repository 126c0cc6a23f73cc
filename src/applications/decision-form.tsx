import { RadioGroup } from '../audits/spot-check-radios.js';
import { TextArea, type ErrorMap } from '../platform/http/ui/form.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Application, StepRole } from './application.js';
import { stepRoleLabel } from './application-labels.js';

/** The reviewer's form at the current step: approve, ask for changes or reject, with a text. */
export function DecisionForm(props: {
  app: Application;
  /** The role of the step after this one; null when this is the last. */
  nextRole: StepRole | null;
  values: Record<string, string>;
  errors: ErrorMap;
  csrfToken: string;
  t: Translate;
}) {
  const { app, t, errors, values } = props;
  const approveHint = props.nextRole
    ? t('applications.pages.decision_hint.approved_next', {
        role: stepRoleLabel(t, props.nextRole).toLowerCase(),
      })
    : t('applications.pages.decision_hint.approved_last');
  return (
    <section aria-labelledby="s-decide">
      <h2 id="s-decide">{t('applications.pages.section_decide')}</h2>
      <PostForm action={`/applications/${app.id}/decisions`} csrfToken={props.csrfToken}>
        <input type="hidden" name="version" value={String(app.version)} />
        <RadioGroup
          name="decision"
          legend={t('applications.pages.decision_legend')}
          value={values.decision ?? ''}
          error={errors.decision}
          options={[
            ['approved', t('applications.decision.approved'), approveHint],
            [
              'changes_requested',
              t('applications.decision.changes_requested'),
              t('applications.pages.decision_hint.changes_requested'),
            ],
            [
              'rejected',
              t('applications.decision.rejected'),
              t('applications.pages.decision_hint.rejected'),
            ],
          ]}
        />
        <TextArea
          name="text"
          label={t('applications.pages.decision_text')}
          hint={t('applications.pages.decision_text_hint')}
          value={values.text ?? ''}
          errors={errors}
          rows={4}
          t={t}
        />
        <div class="actions">
          <button type="submit">{t('applications.pages.decide_button')}</button>
        </div>
      </PostForm>
    </section>
  );
}

/** A comment on the application, for the applicant and its reviewers; the status stays. */
export function CommentForm(props: {
  app: Application;
  values: Record<string, string>;
  errors: ErrorMap;
  csrfToken: string;
  t: Translate;
}) {
  const { app, t } = props;
  // Its own field name, so that an error here is not shown on the decision's text as well.
  return (
    <section aria-labelledby="s-comment">
      <h2 id="s-comment">{t('applications.pages.section_comment')}</h2>
      <PostForm action={`/applications/${app.id}/decisions`} csrfToken={props.csrfToken}>
        <input type="hidden" name="decision" value="comment" />
        <TextArea
          name="comment"
          label={t('applications.field.text')}
          hint={t('applications.pages.comment_hint')}
          value={props.values.comment ?? ''}
          errors={props.errors}
          rows={3}
          t={t}
        />
        <div class="actions">
          <button type="submit" class="secondary">
            {t('applications.pages.comment_button')}
          </button>
        </div>
      </PostForm>
    </section>
  );
}
