import { Hono } from 'hono';
import { unitOptions } from '../accounts/account-choices.js';
import { authorizeAnywhere, can, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { listAllUnits } from '../units/unit-queries.js';
import { createPlan } from './create-plan.js';
import { listPlans } from './list-plans.js';
import { planOfPath } from './plan-access.js';
import { planFormPage, planFormValues } from './plan-form.js';
import { planListPage } from './plan-list-page.js';
import { planPage } from './plan-page.js';
import { linkedAudits, listRisks, planYears, type PlanWithUnit } from './plan-queries.js';
import { riskRoutes } from './risk-routes.js';
import { createPlanInput, parsePlanQuery, updatePlanInput } from './schemas.js';
import { updatePlan } from './update-plan.js';

async function renderForm(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
  found?: PlanWithUnit,
) {
  const actor = actorOf(c);
  const units = found
    ? []
    : (await listAllUnits(c.get('deps').db)).filter(
        (u) => u.active && can(actor, 'audit.manage', u.path),
      );
  return planFormPage(
    c,
    {
      plan: found?.plan,
      unitName: found?.unitName,
      values,
      errors,
      units: unitOptions(units, c.get('t')),
    },
    status,
  );
}

/** Internal-control plans: the list, a plan with its risk matrix, and the forms. */
export function planRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'audit.read');
    const { db } = c.get('deps');
    const query = parsePlanQuery(c.req.query());
    const [result, allUnits, years] = await Promise.all([
      listPlans(db, actor, query),
      listAllUnits(db),
      planYears(db, actor),
    ]);
    return planListPage(c, {
      query,
      result,
      years,
      units: unitOptions(
        allUnits.filter((u) => can(actor, 'audit.read', u.path)),
        c.get('t'),
      ),
      canCreate: canAnywhere(actor, 'audit.manage'),
    });
  });

  app.get('/new', (c) => {
    authorizeAnywhere(actorOf(c), 'audit.manage');
    const year = stockholmDate(c.get('deps').clock.now()).slice(0, 4);
    return renderForm(c, { year }, {}, 200);
  });

  app.post('/', (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'audit.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const plan = await createPlan(db, clock, actor, validate(createPlanInput, values));
        const message = c.get('t')('plans.created', { title: plan.title });
        return redirectWithFlash(c, `/plans/${plan.id}`, message);
      },
      (values, errors, status) => renderForm(c, values, errors, status),
    );
  });

  app.get('/:id', async (c) => {
    const { plan, unitName, unitPath } = await planOfPath(c, 'audit.read');
    const { db } = c.get('deps');
    const actor = actorOf(c);
    const risks = await listRisks(db, plan.id);
    const audits = await linkedAudits(
      db,
      risks.map((r) => r.id),
    );
    return planPage(c, {
      plan,
      unitName,
      risks,
      audits,
      canManage: can(actor, 'audit.manage', unitPath),
      canAct: can(actor, 'action.manage', unitPath),
    });
  });

  app.get('/:id/edit', async (c) => {
    const found = await planOfPath(c, 'audit.manage');
    return renderForm(c, planFormValues(found.plan), {}, 200, found);
  });

  app.post('/:id', async (c) => {
    const found = await planOfPath(c, 'audit.manage');
    const { plan } = found;
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(updatePlanInput, { ...planFormValues(plan), ...values });
        const updated = await updatePlan(db, clock, actorOf(c), plan.id, input);
        const message = c.get('t')('plans.updated', { title: updated.title });
        return redirectWithFlash(c, `/plans/${plan.id}`, message);
      },
      (values, errors, status) => renderForm(c, values, errors, status, found),
    );
  });

  app.route('/', riskRoutes());
  return app;
}
