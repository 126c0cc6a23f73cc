import type { Translate } from '../platform/i18n/translate.js';
import { formatDateTime } from '../platform/i18n/format.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import type { Audit } from './audit.js';
import type { AuditContext } from './audit-context.js';
import { auditKindLabel, auditStatusLabel } from './audit-labels.js';

/** The audit's particulars as a description list: kind, status, unit, auditor, risk, scope. */
export function AuditSummary(props: {
  audit: Audit;
  context: AuditContext;
  t: Translate;
  locale: Locale;
  links: boolean;
}) {
  const { audit, context, t, locale } = props;
  const { risk } = context;
  return (
    <dl class="details">
      <dt>{t('audits.field.kind')}</dt>
      <dd>{auditKindLabel(t, audit.kind)}</dd>
      <dt>{t('audits.field.status')}</dt>
      <dd>
        <span class={`badge a-${audit.status}`}>{auditStatusLabel(t, audit.status)}</span>
        {audit.closedAt &&
          ` ${t('audits.closed_on', {
            when: formatDateTime(audit.closedAt, locale),
            name: context.closedByName ?? '',
          })}`}
      </dd>
      <dt>{t('audits.field.year')}</dt>
      <dd>{audit.year}</dd>
      <dt>{t('audits.field.unitId')}</dt>
      <dd>{context.unitName}</dd>
      <dt>{t('audits.field.auditorUserId')}</dt>
      <dd>{context.auditorName ?? t('audits.no_auditor')}</dd>
      <dt>{t('audits.field.riskId')}</dt>
      <dd>
        {risk ? (
          <>
            {props.links ? (
              <a href={`/plans/${risk.planId}#risk-${risk.id}`}>{risk.title}</a>
            ) : (
              risk.title
            )}{' '}
            {t('audits.risk_score', {
              likelihood: risk.likelihood,
              impact: risk.impact,
              score: risk.likelihood * risk.impact,
            })}
          </>
        ) : (
          t('audits.no_risk')
        )}
      </dd>
      {!audit.totals && (
        <>
          <dt>{t('audits.scope_heading')}</dt>
          <dd>
            <ul class="plain">
              {context.scopeLines.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
            {audit.status !== 'closed' &&
              t('audits.scope_count', { count: context.accountsInScope })}
          </dd>
        </>
      )}
    </dl>
  );
}
