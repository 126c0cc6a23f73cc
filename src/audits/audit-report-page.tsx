import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/context.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { formatDate } from '../platform/i18n/format.js';
import type { Audit } from './audit.js';
import { AuditActionsTable } from './audit-actions-table.js';
import type { AuditContext } from './audit-context.js';
import { auditKindLabel } from './audit-labels.js';

function Section(props: {
  id: string;
  title: string;
  text?: string;
  children?: Child;
  empty: string;
}) {
  const hasText = !!props.text?.trim();
  return (
    <section class="report-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {hasText && <p class="prewrap">{props.text}</p>}
      {props.children}
      {!hasText && !props.children && <p class="muted">{props.empty}</p>}
    </section>
  );
}

/** The audit report to the committee, laid out for reading on screen and printing on A4. */
export function auditReportPage(
  c: Ctx,
  props: { audit: Audit; context: AuditContext; results: Child; today: string },
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { audit, context } = props;
  const risk = context.risk;
  const empty = t('audits.report_section_empty');
  const title = t('audits.report_title', { title: audit.title });
  return renderPage(
    c,
    title,
    <article class="report">
      <BackLink href={`/audits/${audit.id}`} label={t('audits.report_back')} />
      <header class="report-head">
        <p class="report-kind">
          {t('audits.report_label')} · {auditKindLabel(t, audit.kind)}
        </p>
        <h1>{audit.title}</h1>
        <dl class="details">
          <dt>{t('audits.field.unitId')}</dt>
          <dd>{context.unitName}</dd>
          <dt>{t('audits.field.year')}</dt>
          <dd>{audit.year}</dd>
          <dt>{t('audits.field.auditorUserId')}</dt>
          <dd>{context.auditorName ?? t('audits.no_auditor')}</dd>
          <dt>{t('audits.report_state')}</dt>
          <dd>
            {audit.closedAt
              ? t('audits.report_closed', { date: formatDate(audit.closedAt.slice(0, 10), locale) })
              : t('audits.report_draft', { date: formatDate(props.today, locale) })}
          </dd>
        </dl>
        <p class="hint no-print">{t('audits.report_print_hint')}</p>
      </header>
      <Section id="r-risk" title={t('audits.section.risk')} empty={t('audits.no_risk')}>
        {risk && (
          <p>
            <strong>{risk.title}</strong>{' '}
            {t('audits.risk_score', {
              likelihood: risk.likelihood,
              impact: risk.impact,
              score: risk.likelihood * risk.impact,
            })}
            {risk.description && (
              <>
                <br />
                <span class="prewrap">{risk.description}</span>
              </>
            )}
          </p>
        )}
      </Section>
      <Section id="r-unit" title={t('audits.section.unit')} empty={empty}>
        <p>{context.unitName}</p>
      </Section>
      <Section id="r-areas" title={t('audits.field.areas')} text={audit.areas} empty={empty} />
      <Section
        id="r-purpose"
        title={t('audits.field.purpose')}
        text={audit.purpose}
        empty={empty}
      />
      <Section id="r-scope" title={t('audits.section.scope')} text={audit.scopeText} empty={empty}>
        {!audit.totals && (
          <ul>
            {context.scopeLines.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="r-method" title={t('audits.field.method')} text={audit.method} empty={empty} />
      <Section
        id="r-results"
        title={t('audits.section.results')}
        text={audit.resultsText}
        empty={empty}
      >
        {props.results}
      </Section>
      <Section
        id="r-analysis"
        title={t('audits.field.analysis')}
        text={audit.analysis}
        empty={empty}
      />
      <Section
        id="r-conclusion"
        title={t('audits.field.conclusion')}
        text={audit.conclusion}
        empty={empty}
      />
      <Section id="r-actions" title={t('audits.actions_heading')} empty={empty}>
        <AuditActionsTable actions={context.actions} t={t} locale={locale} links={false} />
      </Section>
    </article>,
    200,
    true,
  );
}
