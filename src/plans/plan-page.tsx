import type { Ctx } from '../platform/http/context.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import type { LinkedAudit, Plan, Risk } from './plan.js';
import { RiskMatrix } from './risk-matrix.js';
import { RiskTable } from './risk-table.js';

/** What a plan's page is drawn from. */
export interface PlanPageProps {
  plan: Plan;
  unitName: string;
  risks: Risk[];
  audits: Map<number, LinkedAudit[]>;
  canManage: boolean;
  canAct: boolean;
}

/** One internal-control plan: its details, the risk matrix, and the risks with their follow-up. */
export function planPage(c: Ctx, props: PlanPageProps) {
  const t = c.get('t');
  const { plan, risks } = props;
  return renderPage(
    c,
    plan.title,
    <>
      <BackLink href="/plans" label={t('plans.back')} />
      <div class="page-head">
        <h1>{plan.title}</h1>
        {props.canManage && (
          <a class="button secondary" href={`/plans/${plan.id}/edit`}>
            {t('plans.edit')}
          </a>
        )}
      </div>
      <section aria-labelledby="s-details">
        <h2 id="s-details">{t('plans.details')}</h2>
        <dl class="details">
          <dt>{t('plans.field.unitId')}</dt>
          <dd>{props.unitName}</dd>
          <dt>{t('plans.field.year')}</dt>
          <dd>{plan.year}</dd>
          <dt>{t('plans.field.notes')}</dt>
          <dd>{plan.notes || <span class="muted">{t('plans.no_notes')}</span>}</dd>
        </dl>
      </section>
      <section aria-labelledby="s-matrix">
        <h2 id="s-matrix">{t('plans.matrix_heading')}</h2>
        <RiskMatrix risks={risks} t={t} />
      </section>
      <section aria-labelledby="s-risks">
        <div class="page-head">
          <h2 id="s-risks">{t('plans.risks_heading')}</h2>
          {props.canManage && (
            <a class="button" href={`/plans/${plan.id}/risks/new`}>
              {t('plans.risk_new')}
            </a>
          )}
        </div>
        {risks.length === 0 ? (
          <p class="notice">{t('plans.no_risks')}</p>
        ) : (
          <RiskTable
            plan={plan}
            risks={risks}
            audits={props.audits}
            canManage={props.canManage}
            canAct={props.canAct}
            t={t}
          />
        )}
      </section>
    </>,
    200,
    true,
  );
}
