import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { ErrorSummary, TextArea, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate, formatDateTime, formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Application, ApplicationPerson, StepRole } from './application.js';
import {
  eventLabel,
  identifiablePeopleLabel,
  statusBadgeClass,
  statusLabel,
  stepRoleLabel,
  typeLabel,
} from './application-labels.js';
import { asksEndDate, asksFullPath } from './application-form-values.js';
import { CommentForm, DecisionForm } from './decision-form.js';
import type { ApplicationView } from './read-application.js';
import { StepList } from './step-list.js';

/** What an application's page is drawn from, besides the application itself. */
export interface ApplicationPageProps {
  view: ApplicationView;
  platformName: string;
  /** The role of the step after the current one, for the approve hint. */
  nextRole: StepRole | null;
  /** Which form failed, with what was typed and what went wrong. */
  failed?: { form: 'decide' | 'comment'; values: Record<string, string>; errors: ErrorMap };
}

/** One application: its state, fields, people, steps, history, and the forms the reader may use. */
export function applicationPage(c: Ctx, props: ApplicationPageProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { view } = props;
  const app = view.application;
  const title = app.displayName
    ? `${t('applications.number', { id: app.id })}: ${app.displayName}`
    : t('applications.number', { id: app.id });
  const failed = (form: 'decide' | 'comment') =>
    props.failed?.form === form
      ? { values: props.failed.values, errors: props.failed.errors }
      : { values: {}, errors: {} };
  const csrf = c.get('csrfToken');
  return renderPage(
    c,
    title,
    <>
      <BackLink href="/applications" label={t('applications.pages.back')} />
      <div class="page-head">
        <h1>{title}</h1>
        {view.may.edit && (
          <a class="button secondary" href={`/applications/${app.id}/edit`}>
            {t('applications.pages.edit')}
          </a>
        )}
      </div>
      <ErrorSummary errors={props.failed?.errors ?? {}} t={t} />
      <StateNotice view={view} t={t} />
      <section aria-labelledby="s-details">
        <h2 id="s-details">{t('applications.pages.section_details')}</h2>
        <Details view={view} platformName={props.platformName} t={t} locale={locale} />
      </section>
      <section aria-labelledby="s-steps">
        <h2 id="s-steps">{t('applications.pages.section_steps')}</h2>
        <StepList steps={view.steps} t={t} locale={locale} />
      </section>
      {view.may.submit && (
        <section aria-labelledby="s-submit">
          <h2 id="s-submit">{t('applications.pages.section_submit')}</h2>
          <p>{t('applications.pages.submit_intro')}</p>
          <PostForm action={`/applications/${app.id}/submit`} csrfToken={csrf}>
            <input type="hidden" name="version" value={String(app.version)} />
            <TextArea
              name="note"
              label={t('applications.field.note')}
              hint={t('applications.pages.note_hint')}
              value=""
              errors={{}}
              rows={2}
              t={t}
            />
            <div class="actions">
              <button type="submit">{t('applications.pages.submit_button')}</button>
            </div>
          </PostForm>
        </section>
      )}
      {view.may.decide && (
        <DecisionForm
          app={app}
          nextRole={props.nextRole}
          {...failed('decide')}
          csrfToken={csrf}
          t={t}
        />
      )}
      <section aria-labelledby="s-history">
        <h2 id="s-history">{t('applications.pages.section_history')}</h2>
        <DataTable
          items={view.events}
          caption={t('applications.pages.history_caption')}
          columns={[
            t('applications.pages.col.at'),
            t('applications.pages.col.what'),
            t('applications.pages.col.who'),
            t('applications.pages.col.text'),
          ]}
          row={(e) => (
            <tr>
              <td class="nowrap">{formatDateTime(e.at, locale)}</td>
              <td>
                {eventLabel(t, e.kind)}
                {e.stepRole && e.kind !== 'submitted' && e.kind !== 'resubmitted' && (
                  <span class="muted"> ({stepRoleLabel(t, e.stepRole)})</span>
                )}
              </td>
              <td>{e.actorName ?? t('applications.pages.system')}</td>
              <td class="prewrap">{e.text}</td>
            </tr>
          )}
        />
      </section>
      {view.may.comment && <CommentForm app={app} {...failed('comment')} csrfToken={csrf} t={t} />}
    </>,
    status,
  );
}

/** What the application waits for, or how it ended, with the way on from there. */
function StateNotice(props: { view: ApplicationView; t: Translate }) {
  const { view, t } = props;
  const app = view.application;
  const badge = <span class={statusBadgeClass(app.status)}>{statusLabel(t, app.status)}</span>;
  let text: Child = null;
  if (app.status === 'draft') text = t('applications.pages.draft_notice');
  if (app.status === 'changes_requested') text = t('applications.pages.changes_notice');
  if (app.status === 'rejected') text = t('applications.pages.rejected_notice');
  if (app.status === 'submitted' && app.currentStepRole)
    text = t('applications.pages.waiting_notice', {
      role: stepRoleLabel(t, app.currentStepRole).toLowerCase(),
    });
  if (app.status === 'approved') text = t('applications.pages.approved_notice');
  return (
    <div class="notice">
      <p>
        {badge} {text}
      </p>
      {view.account && (
        <p>
          <a href={`/accounts/${view.account.id}`}>
            {t('applications.pages.account_link', { name: view.account.displayName })}
          </a>
        </p>
      )}
      {view.may.enterUrl && (
        <p>
          <a href={`/applications/${app.id}/url`}>{t('applications.pages.enter_url')}</a>
        </p>
      )}
    </div>
  );
}

/** The application's answers, in the order the form asks them. */
function Details(props: {
  view: ApplicationView;
  platformName: string;
  t: Translate;
  locale: Locale;
}) {
  const { view, t, locale } = props;
  const app: Application = view.application;
  const none = t('common.none');
  const row = (label: string, value: Child, pre = false) => (
    <>
      <dt>{label}</dt>
      <dd class={pre ? 'prewrap' : undefined}>{value === '' || value === null ? none : value}</dd>
    </>
  );
  const owner = view.people.filter((p) => p.role === 'owner');
  const deputies = view.people.filter((p) => p.role === 'deputy');
  return (
    <dl class="details">
      {row(t('applications.field.type'), typeLabel(t, app.type))}
      {row(t('applications.field.applicant'), view.applicant.name)}
      {row(t('applications.field.unitId'), view.unitTrail.map((u) => u.name).join(' › '))}
      {row(t('applications.field.platform'), props.platformName)}
      {row(t('applications.field.handle'), app.handle)}
      {row(t('applications.field.displayName'), app.displayName)}
      {asksEndDate(app.type) &&
        row(t('applications.field.endDate'), formatDate(app.endDate, locale))}
      {row(t('applications.field.purpose'), app.purpose, true)}
      {asksFullPath(app.type) && row(t('applications.field.goals'), app.goals, true)}
      {row(t('applications.field.audience'), app.audience, true)}
      {asksFullPath(app.type) && (
        <>
          {row(t('applications.field.publishingPlan'), app.publishingPlan, true)}
          {row(
            t('applications.field.resourcesHours'),
            app.resourcesHours === null
              ? ''
              : t('applications.pages.hours', { hours: formatNumber(app.resourcesHours, locale) }),
          )}
        </>
      )}
      {row(
        t('applications.field.identifiablePeople'),
        app.identifiablePeople ? identifiablePeopleLabel(t, app.identifiablePeople) : '',
      )}
      {row(t('applications.field.consentRoutine'), app.consentRoutine, true)}
      {row(t('applications.field.moderationRoutine'), app.moderationRoutine, true)}
      {row(t('applications.pages.owner'), personNames(owner, t))}
      {row(t('applications.pages.deputies'), personNames(deputies, t))}
      {row(t('applications.field.notes'), app.notes, true)}
      {app.submittedAt &&
        row(t('applications.field.submittedAt'), formatDateTime(app.submittedAt, locale))}
      {app.decidedAt &&
        row(t('applications.field.decidedAt'), formatDateTime(app.decidedAt, locale))}
      {app.decisionReason && row(t('applications.field.decisionReason'), app.decisionReason, true)}
    </dl>
  );
}

function personNames(people: ApplicationPerson[], t: Translate): string {
  return people
    .map((p) => (p.active ? p.name : t('applications.pages.cannot_sign_in', { name: p.name })))
    .join(', ');
}
