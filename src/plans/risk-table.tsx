import { auditKindLabel, auditStatusLabel } from '../audits/audit-labels.js';
import type { AuditKind, AuditStatus } from '../audits/audit.js';
import type { Translate } from '../platform/i18n/translate.js';
import { byScore, riskLevel, riskScore, type LinkedAudit, type Plan, type Risk } from './plan.js';
import { impactWord, levelLabel, likelihoodWord, responseLabel } from './plan-labels.js';

/** What the risk table is drawn from. */
export interface RiskTableProps {
  plan: Plan;
  risks: readonly Risk[];
  audits: Map<number, LinkedAudit[]>;
  /** Whether the actor may change the plan and plan audits for it. */
  canManage: boolean;
  /** Whether the actor may create actions in the plan's unit. */
  canAct: boolean;
  t: Translate;
}

function FollowUp(props: RiskTableProps & { risk: Risk }) {
  const { risk, plan, t } = props;
  const audits = props.audits.get(risk.id) ?? [];
  const planAudit = new URLSearchParams({
    riskId: String(risk.id),
    unitId: String(plan.unitId),
    year: String(plan.year),
  });
  const directAction = new URLSearchParams({
    kind: 'direct',
    unitId: String(plan.unitId),
    title: risk.title,
  });
  return (
    <>
      {audits.length > 0 && (
        <ul class="plain">
          {audits.map((a) => (
            <li>
              <a href={`/audits/${a.id}`}>{a.title}</a>{' '}
              <span class="muted">
                (
                {t('plans.linked_audit_state', {
                  kind: auditKindLabel(t, a.kind as AuditKind),
                  status: auditStatusLabel(t, a.status as AuditStatus),
                })}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
      {risk.response === 'audit' && audits.length === 0 && (
        <div class="muted">{t('plans.no_audits')}</div>
      )}
      {risk.response === 'audit' && props.canManage && (
        <div>
          <a
            href={`/audits/new?${planAudit.toString()}`}
            aria-label={t('plans.plan_audit_named', { title: risk.title })}
          >
            {t('plans.plan_audit')}
          </a>
        </div>
      )}
      {risk.response === 'direct_action' && props.canAct && (
        <div>
          <a
            href={`/actions/new?${directAction.toString()}`}
            aria-label={t('plans.new_direct_action_named', { title: risk.title })}
          >
            {t('plans.new_direct_action')}
          </a>
        </div>
      )}
    </>
  );
}

/** The plan's risks, highest risk value first, with the response and its follow-up. */
export function RiskTable(props: RiskTableProps) {
  const { plan, t } = props;
  const columns = [
    'plans.risk.field.title',
    'plans.risk.field.likelihood',
    'plans.risk.field.impact',
    'plans.risk.field.score',
    'plans.risk.field.response',
    'plans.risk.field.followUp',
    ...(props.canManage ? (['plans.risk.field.manage'] as const) : []),
  ] as const;
  return (
    <div class="table-wrap">
      <table class="risk-table">
        <caption class="visually-hidden">{t('plans.risks_caption')}</caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <th scope="col">{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {byScore(props.risks).map((risk) => {
            const score = riskScore(risk.likelihood, risk.impact);
            return (
              <tr id={`risk-${risk.id}`}>
                <th scope="row">
                  {risk.title}
                  {risk.description && (
                    <div class="hint prewrap risk-description">{risk.description}</div>
                  )}
                </th>
                <td>
                  {risk.likelihood} – {likelihoodWord(t, risk.likelihood)}
                </td>
                <td>
                  {risk.impact} – {impactWord(t, risk.impact)}
                </td>
                <td class="nowrap">
                  <strong>{score}</strong>{' '}
                  <span class={`badge risk-level-${riskLevel(score).replace('_', '-')}`}>
                    {levelLabel(t, riskLevel(score))}
                  </span>
                </td>
                <td>
                  {responseLabel(t, risk.response)}
                  {risk.responseNote && (
                    <div class="muted prewrap risk-response-note">{risk.responseNote}</div>
                  )}
                </td>
                <td class="risk-follow-up">
                  <FollowUp {...props} risk={risk} />
                </td>
                {props.canManage && (
                  <td class="nowrap">
                    <a
                      href={`/plans/${plan.id}/risks/${risk.id}/edit`}
                      aria-label={t('plans.risk_edit_named', { title: risk.title })}
                    >
                      {t('plans.risk_edit')}
                    </a>{' '}
                    |{' '}
                    <a
                      href={`/plans/${plan.id}/risks/${risk.id}/remove`}
                      aria-label={t('plans.risk_remove_named', { title: risk.title })}
                    >
                      {t('plans.risk_remove')}
                    </a>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
