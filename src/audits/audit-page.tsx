import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/context.js';
import { ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatDate } from '../platform/i18n/format.js';
import { REPORT_FIELDS, type Audit } from './audit.js';
import { AuditActionsTable } from './audit-actions-table.js';
import type { AuditContext } from './audit-context.js';
import { AuditSummary } from './audit-summary.js';

/** What an audit's page is drawn from; `section` is the part of its kind. */
export interface AuditPageProps {
  audit: Audit;
  context: AuditContext;
  section: Child;
  canManage: boolean;
  errors?: ErrorMap;
}

/** One audit: its particulars, the part of its kind (records and results), report text, actions. */
export function auditPage(c: Ctx, props: AuditPageProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { audit, context, canManage } = props;
  const open = audit.status !== 'closed';
  const written = REPORT_FIELDS.filter((f) => audit[f].trim() !== '');
  return renderPage(
    c,
    audit.title,
    <>
      <BackLink href="/audits" label={t('audits.back')} />
      <div class="page-head">
        <h1>{audit.title}</h1>
        <div class="button-row">
          <a class="button secondary" href={`/audits/${audit.id}/report`}>
            {t('audits.report')}
          </a>
          {canManage && (
            <a class="button secondary" href={`/audits/${audit.id}/edit`}>
              {t('audits.edit')}
            </a>
          )}
        </div>
      </div>
      <ErrorSummary errors={props.errors ?? {}} t={t} />
      <section aria-labelledby="s-details">
        <h2 id="s-details">{t('audits.details')}</h2>
        <AuditSummary audit={audit} context={context} t={t} locale={locale} links />
        <dl class="details">
          <dt>{t('audits.field.dueOn')}</dt>
          <dd>{audit.dueOn ? formatDate(audit.dueOn, locale) : t('audits.no_due_on')}</dd>
        </dl>
      </section>
      {props.section}
      <section aria-labelledby="s-report-text">
        <h2 id="s-report-text">{t('audits.report_heading')}</h2>
        {written.length === 0 ? (
          <p class="muted">{t('audits.report_empty')}</p>
        ) : (
          <dl class="details">
            {written.map((f) => (
              <>
                <dt>{t(`audits.field.${f}`)}</dt>
                <dd class="prewrap">{audit[f]}</dd>
              </>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="s-actions">
        <h2 id="s-actions">{t('audits.actions_heading')}</h2>
        <AuditActionsTable actions={context.actions} t={t} locale={locale} links />
        {canManage && (
          <p>
            <a href={`/actions/new?auditId=${audit.id}&unitId=${audit.unitId}`}>
              {t('audits.new_action')}
            </a>
          </p>
        )}
      </section>
      {canManage && open && !audit.totals && (
        <section aria-labelledby="s-close">
          <h2 id="s-close">{t('audits.close_heading')}</h2>
          <p>{t('audits.close_intro')}</p>
          <PostForm action={`/audits/${audit.id}/close`} csrfToken={c.get('csrfToken')}>
            <input type="hidden" name="version" value={String(audit.version)} />
            <div class="field check-field">
              <input type="checkbox" id="f-confirm" name="confirm" value="1" />
              <label for="f-confirm">{t('audits.close_confirm')}</label>
            </div>
            <button type="submit">{t('audits.close')}</button>
          </PostForm>
        </section>
      )}
    </>,
    status,
    true,
  );
}
