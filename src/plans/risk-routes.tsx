import { Hono } from 'hono';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { addRisk } from './add-risk.js';
import type { Plan, Risk } from './plan.js';
import { planOfPath } from './plan-access.js';
import { getRisk, linkedAudits } from './plan-queries.js';
import { removeRisk } from './remove-risk.js';
import { removeRiskPage } from './remove-risk-page.js';
import { riskFormPage, riskFormValues } from './risk-form.js';
import { riskInput, updateRiskInput } from './schemas.js';
import { updateRisk } from './update-risk.js';

/** The plan and the risk of the path, when the actor may manage audits at the plan's unit. */
async function manageableRisk(c: Ctx): Promise<{ plan: Plan; risk: Risk }> {
  const { plan } = await planOfPath(c, 'audit.manage');
  const risk = await getRisk(c.get('deps').db, plan.id, idFromPath(c, 'riskId'));
  return { plan, risk };
}

async function renderRemove(c: Ctx, plan: Plan, risk: Risk, errors: ErrorMap, status: number) {
  const audits = (await linkedAudits(c.get('deps').db, [risk.id])).get(risk.id) ?? [];
  return removeRiskPage(c, { plan, risk, audits, errors }, status);
}

/** The risks of a plan: add, change and remove (with confirmation). */
export function riskRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:id/risks/new', async (c) => {
    const { plan } = await planOfPath(c, 'audit.manage');
    return riskFormPage(c, { plan, values: {}, errors: {} }, 200);
  });

  app.post('/:id/risks', async (c) => {
    const { plan } = await planOfPath(c, 'audit.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const risk = await addRisk(db, clock, actorOf(c), plan.id, validate(riskInput, values));
        const message = c.get('t')('plans.risk_added', { title: risk.title });
        return redirectWithFlash(c, `/plans/${plan.id}`, message);
      },
      (values, errors, status) => riskFormPage(c, { plan, values, errors }, status),
    );
  });

  app.get('/:id/risks/:riskId/edit', async (c) => {
    const { plan, risk } = await manageableRisk(c);
    return riskFormPage(c, { plan, risk, values: riskFormValues(risk), errors: {} }, 200);
  });

  app.post('/:id/risks/:riskId', async (c) => {
    const { plan, risk } = await manageableRisk(c);
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(updateRiskInput, { ...riskFormValues(risk), ...values });
        const updated = await updateRisk(db, clock, actorOf(c), plan.id, risk.id, input);
        const message = c.get('t')('plans.risk_updated', { title: updated.title });
        return redirectWithFlash(c, `/plans/${plan.id}`, message);
      },
      (values, errors, status) => riskFormPage(c, { plan, risk, values, errors }, status),
    );
  });

  app.get('/:id/risks/:riskId/remove', async (c) => {
    const { plan, risk } = await manageableRisk(c);
    return renderRemove(c, plan, risk, {}, 200);
  });

  app.post('/:id/risks/:riskId/remove', async (c) => {
    const { plan, risk } = await manageableRisk(c);
    return submitForm(
      c,
      async () => {
        const { db, clock } = c.get('deps');
        await removeRisk(db, clock, actorOf(c), plan.id, risk.id);
        const message = c.get('t')('plans.risk_removed', { title: risk.title });
        return redirectWithFlash(c, `/plans/${plan.id}`, message);
      },
      (_values, errors, status) => renderRemove(c, plan, risk, errors, status),
    );
  });

  return app;
}
