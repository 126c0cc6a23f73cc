import type { Account } from '../accounts/account.js';
import { statusLabel } from '../accounts/account-labels.js';
import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { formatDate, formatDateTime } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { UNDER_WAY, type ClosureStep } from './closure.js';
import { ClosureBadge, kindLabel, reasonLabel, stepLabel } from './closure-labels.js';
import type { ClosureDetail, ClosureRights } from './closure-queries.js';
import { BlockedForm, StepForm } from './closure-step-forms.js';
import { waitingFor } from './complete-closure-step.js';

/** What the checklist page shows. */
export interface ClosurePageView {
  account: Account;
  detail: ClosureDetail;
  names: Map<number, string>;
  rights: ClosureRights;
  audit: { id: number; title: string } | null;
  retryDays: number;
}

function who(t: Translate, names: Map<number, string>, id: number | null): string {
  return id === null ? t('accounts.system') : (names.get(id) ?? '');
}

function StepState(props: {
  step: ClosureStep;
  names: Map<number, string>;
  t: Translate;
  locale: Locale;
}) {
  const { step, t, locale } = props;
  if (step.state === 'todo') return <p class="muted">{t('closures.state.todo')}</p>;
  const params = {
    when: formatDateTime(step.doneAt, locale),
    name: who(t, props.names, step.doneBy),
  };
  return (
    <>
      <p>{t(step.state === 'done' ? 'closures.done_by' : 'closures.skipped_by', params)}</p>
      {(step.kind || step.reference) && (
        <p>
          {step.kind && `${kindLabel(t, step.kind)}: `}
          {step.reference}
        </p>
      )}
      {step.note && <p class="note">{step.note}</p>}
    </>
  );
}

/** The closure's checklist: each step with who, when and a note, and the form to carry it out. */
export function closurePage(
  c: Ctx,
  view: ClosurePageView,
  values: Record<string, string> = {},
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { account: a, detail, names, rights } = view;
  const { closure } = detail;
  const underWay = UNDER_WAY.includes(closure.status);
  const title = t('closures.page_title', { name: a.displayName });
  const formProps = {
    accountId: a.id,
    version: closure.version,
    values,
    errors,
    csrfToken: c.get('csrfToken'),
    t,
    disposalReference: a.disposalReference,
    retryDays: view.retryDays,
  };
  const row = (label: string, value: unknown) => (
    <>
      <dt>{label}</dt>
      <dd>
        {value === '' || value === null ? <span class="muted">{t('common.none')}</span> : value}
      </dd>
    </>
  );
  return renderPage(
    c,
    title,
    <>
      <BackLink href={`/accounts/${a.id}`} label={a.displayName} />
      <h1>{title}</h1>
      <ErrorSummary errors={errors} t={t} />
      <dl class="details">
        {row(t('closures.field.status'), <ClosureBadge status={closure.status} t={t} />)}
        {row(
          t('closures.field.account_status'),
          <span class={`badge s-${a.status}`}>{statusLabel(t, a.status)}</span>,
        )}
        {row(t('closures.field.reason'), reasonLabel(t, closure.reason))}
        {view.audit &&
          row(
            t('closures.field.audit'),
            <a href={`/audits/${view.audit.id}`}>{view.audit.title}</a>,
          )}
        {closure.endDate && row(t('closures.field.end_date'), formatDate(closure.endDate, locale))}
        {row(t('closures.field.note'), closure.note)}
        {row(
          t('closures.field.started'),
          t('closures.by', {
            when: formatDateTime(closure.startedAt, locale),
            name: who(t, names, closure.startedBy),
          }),
        )}
        {closure.finishedAt &&
          row(
            t('closures.field.finished'),
            t('closures.by', {
              when: formatDateTime(closure.finishedAt, locale),
              name: who(t, names, closure.finishedBy),
            }),
          )}
        {closure.cancelledAt && (
          <>
            {row(
              t('closures.field.cancelled'),
              t('closures.by', {
                when: formatDateTime(closure.cancelledAt, locale),
                name: who(t, names, closure.cancelledBy),
              }),
            )}
            {row(t('closures.field.cancelled_reason'), closure.cancelledReason)}
          </>
        )}
      </dl>
      {closure.status === 'blocked' && (
        <div class="notice" role="status">
          <p>
            {t('closures.blocked_notice', {
              since: formatDate(closure.blockedSince, locale),
              next: formatDate(closure.nextAttemptOn, locale),
            })}
          </p>
          {closure.platformCaseReference && (
            <p>
              {t('closures.field.case_reference')}: {closure.platformCaseReference}
            </p>
          )}
        </div>
      )}
      <section aria-labelledby="s-steps">
        <h2 id="s-steps">{t('closures.checklist')}</h2>
        {underWay && <p>{t('closures.checklist_intro')}</p>}
        <ol class="closure-steps">
          {detail.steps.map((step) => {
            const waiting = waitingFor(detail.steps, step.step);
            const open = underWay && rights.steps && step.state === 'todo';
            return (
              <li>
                <h3>
                  {stepLabel(t, step.step)}{' '}
                  <span class="muted">
                    {t(step.required ? 'closures.required' : 'closures.optional')}
                  </span>
                </h3>
                <p class="hint">{t(`closures.step_about.${step.step}`)}</p>
                <StepState step={step} names={names} t={t} locale={locale} />
                {open && waiting && <p class="muted">{t(waiting)}</p>}
                {open && !waiting && <StepForm {...formProps} step={step} form={step.step} />}
                {open && !waiting && step.step === 'delete' && (
                  <BlockedForm {...formProps} step={step} />
                )}
              </li>
            );
          })}
        </ol>
      </section>
      {detail.attempts.length > 0 && (
        <section aria-labelledby="s-attempts">
          <h2 id="s-attempts">{t('closures.attempts')}</h2>
          <DataTable
            items={detail.attempts}
            empty=""
            caption={t('closures.attempts_caption')}
            columns={[
              t('closures.field.attempted_on'),
              t('closures.field.recorded_by'),
              t('closures.field.attempt_note'),
              t('closures.field.case_reference'),
            ]}
            row={(at) => (
              <tr>
                <td class="nowrap">{formatDate(at.attemptedOn, locale)}</td>
                <td>{who(t, names, at.recordedBy)}</td>
                <td class="value">{at.note}</td>
                <td>{at.caseReference}</td>
              </tr>
            )}
          />
        </section>
      )}
      {underWay && rights.manage && (
        <p>
          <a href={`/accounts/${a.id}/closure/cancel`}>{t('closures.cancel_link')}</a>
        </p>
      )}
    </>,
    status,
  );
}
