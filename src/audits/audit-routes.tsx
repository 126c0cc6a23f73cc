import { Hono } from 'hono';
import { platformChoices, unitOptions } from '../accounts/account-choices.js';
import { authorize, authorizeAnywhere, can, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { riskChoices } from '../plans/risk-choices.js';
import { listAllUnits } from '../units/unit-queries.js';
import { activeUserChoices } from '../users/user-choices.js';
import type { Audit } from './audit.js';
import { loadAuditContext } from './audit-context.js';
import { auditFormPage } from './audit-form.js';
import { auditFormValues, scopeFromForm } from './audit-form-values.js';
import { auditListPage } from './audit-list-page.js';
import { auditPage } from './audit-page.js';
import { getAuditWithUnitPath } from './audit-queries.js';
import { auditReportPage } from './audit-report-page.js';
import { auditResults } from './audit-results.js';
import { closeAudit } from './close-audit.js';
import { createAudit } from './create-audit.js';
import { listAudits } from './list-audits.js';
import { responseTimeCharts } from './question-charts.js';
import { questionRoutes } from './question-routes.js';
import { responseTimeReport, responseTimeSection } from './response-time-section.js';
import { createAuditInput, parseAuditQuery, updateAuditInput } from './schemas.js';
import { spotCheckRoutes } from './spot-check-routes.js';
import { spotCheckCharts } from './spot-check-charts.js';
import { spotCheckReport, spotCheckSection } from './spot-check-section.js';
import { updateAudit } from './update-audit.js';

async function renderForm(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
  audit?: Audit,
) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const t = c.get('t');
  const [allUnits, risks, auditors, platforms] = await Promise.all([
    listAllUnits(db),
    riskChoices(db, actor),
    activeUserChoices(db),
    platformChoices(db),
  ]);
  const units = allUnits.filter(
    (u) => (u.active && can(actor, 'audit.manage', u.path)) || u.id === audit?.unitId,
  );
  return auditFormPage(
    c,
    {
      audit,
      values,
      errors,
      units: unitOptions(units, t),
      risks: risks.map((r) => [r.value, r.label]),
      auditors,
      scope: {
        units: unitOptions(
          allUnits.filter((u) => can(actor, 'audit.read', u.path)),
          t,
        ),
        platforms: [...platforms.names],
      },
    },
    status,
  );
}

/** The form's values as the domain's input. */
const inputFrom = (values: Record<string, string>) => ({ ...values, scope: scopeFromForm(values) });

async function renderAudit(c: Ctx, id: number, status = 200, errors?: ErrorMap) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const t = c.get('t');
  const found = await getAuditWithUnitPath(db, id);
  authorize(actor, 'audit.read', found.unitPath);
  const canManage = can(actor, 'audit.manage', found.unitPath);
  const [context, results] = await Promise.all([
    loadAuditContext(db, found.audit, t),
    auditResults(db, found),
  ]);
  const section =
    results.kind === 'response_time'
      ? await responseTimeSection(c, found, results, canManage)
      : await spotCheckSection(c, found, results, canManage);
  return auditPage(c, { audit: found.audit, context, section, canManage, errors }, status);
}

/** The audit of the path, when the actor may change it; forbidden or not found otherwise. */
async function manageableAudit(c: Ctx): Promise<Audit> {
  const { audit, unitPath } = await getAuditWithUnitPath(c.get('deps').db, idFromPath(c));
  authorize(actorOf(c), 'audit.manage', unitPath);
  return audit;
}

/** Audits: the list, an audit with its report, and the pages of each kind. */
export function auditRoutes() {
  const app = new Hono<AppEnv>();
  app.route('/', questionRoutes());
  app.route('/', spotCheckRoutes());

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'audit.read');
    const { db } = c.get('deps');
    const query = parseAuditQuery(c.req.query());
    const [result, allUnits, users, years] = await Promise.all([
      listAudits(db, actor, query),
      listAllUnits(db),
      db.selectFrom('users').select(['id', 'name']).execute(),
      db.selectFrom('audits').select('year').distinct().orderBy('year', 'desc').execute(),
    ]);
    return auditListPage(c, {
      query,
      result,
      units: unitOptions(
        allUnits.filter((u) => can(actor, 'audit.read', u.path)),
        c.get('t'),
      ),
      years: years.map((y) => y.year),
      unitNames: new Map(allUnits.map((u) => [u.id, u.name])),
      userNames: new Map(users.map((u) => [u.id, u.name])),
      canCreate: canAnywhere(actor, 'audit.manage'),
    });
  });

  app.get('/new', (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'audit.manage');
    const q = c.req.query();
    const year = q.year ?? stockholmDate(c.get('deps').clock.now()).slice(0, 4);
    const values: Record<string, string> = { kind: q.kind ?? 'response_time', year };
    for (const key of ['riskId', 'unitId', 'title'] as const) if (q[key]) values[key] = q[key];
    return renderForm(c, values, {}, 200);
  });

  app.post('/', (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'audit.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(createAuditInput, inputFrom(values));
        const audit = await createAudit(db, clock, actor, input);
        const message = c.get('t')('audits.created', { title: audit.title });
        return redirectWithFlash(c, `/audits/${audit.id}`, message);
      },
      (values, errors, status) => renderForm(c, values, errors, status),
    );
  });

  app.get('/:id', (c) => renderAudit(c, idFromPath(c)));

  app.get('/:id/edit', async (c) => {
    const audit = await manageableAudit(c);
    return renderForm(c, auditFormValues(audit), {}, 200, audit);
  });

  app.post('/:id', async (c) => {
    const audit = await manageableAudit(c);
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        // The scope is not in the form once it is fixed; leaving it out keeps it as it is.
        const fixed = audit.status === 'closed' || !!audit.sample;
        const raw = fixed ? values : inputFrom(values);
        const input = validate(updateAuditInput, raw);
        const updated = await updateAudit(db, clock, actorOf(c), audit.id, input);
        const message = c.get('t')('audits.updated', { title: updated.title });
        return redirectWithFlash(c, `/audits/${audit.id}`, message);
      },
      (values, errors, status) => renderForm(c, values, errors, status, audit),
    );
  });

  app.post('/:id/close', async (c) => {
    const audit = await manageableAudit(c);
    return submitForm(
      c,
      async (values) => {
        const t = c.get('t');
        if (values.confirm !== '1')
          return renderAudit(c, audit.id, 400, { confirm: t('audits.close_not_confirmed') });
        const { db, clock } = c.get('deps');
        const version = values.version ? Number(values.version) : undefined;
        await closeAudit(db, clock, actorOf(c), audit.id, version);
        return redirectWithFlash(
          c,
          `/audits/${audit.id}`,
          t('audits.closed', { title: audit.title }),
        );
      },
      (_values, errors, status) => renderAudit(c, audit.id, status, errors),
    );
  });

  app.get('/:id/report', async (c) => {
    const { db, clock } = c.get('deps');
    const found = await getAuditWithUnitPath(db, idFromPath(c));
    authorize(actorOf(c), 'audit.read', found.unitPath);
    const [context, results] = await Promise.all([
      loadAuditContext(db, found.audit, c.get('t')),
      auditResults(db, found),
    ]);
    // Charts render asynchronously, so they are awaited here beside the synchronous tables.
    const resultsView =
      results.kind === 'response_time' ? (
        <>
          {responseTimeReport(c, results)}
          {await responseTimeCharts(c.get('t'), c.get('locale'), results)}
        </>
      ) : (
        <>
          {spotCheckReport(c, results)}
          {await spotCheckCharts(c, results)}
        </>
      );
    return auditReportPage(c, {
      audit: found.audit,
      context,
      results: resultsView,
      today: stockholmDate(clock.now()),
    });
  });

  return app;
}
