import { auditKindLabel, auditStatusLabel } from '../audits/audit-labels.js';
import type { AuditKind, AuditStatus } from '../audits/audit.js';
import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { LinkedAudit, Plan, Risk } from './plan.js';
import { scoreText } from './plan-labels.js';

/** What the confirmation of a removal is drawn from. */
export interface RemoveRiskProps {
  plan: Plan;
  risk: Risk;
  audits: LinkedAudit[];
  errors: ErrorMap;
}

/**
 * Asks before a risk is removed; a risk that audits are linked to cannot be removed, and the
 * page says why and names the audits instead of offering the button.
 */
export function removeRiskPage(c: Ctx, props: RemoveRiskProps, status = 200) {
  const t = c.get('t');
  const { plan, risk, audits } = props;
  const title = t('plans.risk_remove_title', { title: risk.title });
  const planUrl = `/plans/${plan.id}`;
  return renderPage(
    c,
    title,
    <>
      <BackLink href={planUrl} label={t('plans.back_to_plan', { title: plan.title })} />
      <FormPage title={title} errors={props.errors} t={t}>
        <dl class="details">
          <dt>{t('plans.risk.field.title')}</dt>
          <dd>{risk.title}</dd>
          <dt>{t('plans.risk.field.score')}</dt>
          <dd>{scoreText(t, risk.likelihood, risk.impact)}</dd>
        </dl>
        {audits.length > 0 ? (
          <div class="warning">
            <p>{t('plans.risk_remove_blocked')}</p>
            <ul>
              {audits.map((a) => (
                <li>
                  <a href={`/audits/${a.id}`}>{a.title}</a> (
                  {t('plans.linked_audit_state', {
                    kind: auditKindLabel(t, a.kind as AuditKind),
                    status: auditStatusLabel(t, a.status as AuditStatus),
                  })}
                  )
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <PostForm action={`${planUrl}/risks/${risk.id}/remove`} csrfToken={c.get('csrfToken')}>
            <p>{t('plans.risk_remove_intro', { plan: plan.title })}</p>
            <div class="actions">
              <button type="submit" class="danger">
                {t('plans.risk_remove_confirm')}
              </button>
              <a href={`${planUrl}#risk-${risk.id}`}>{t('common.cancel')}</a>
            </div>
          </PostForm>
        )}
      </FormPage>
    </>,
    status,
  );
}
