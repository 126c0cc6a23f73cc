import { Hono } from 'hono';
import { can, canAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Db } from '../platform/db/database.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { forbidden, notFound } from '../platform/http/errors.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { cancelClosure } from './cancel-closure.js';
import { UNDER_WAY, type ClosureStepName } from './closure.js';
import { closureCancelPage } from './closure-cancel-page.js';
import { stepLabel } from './closure-labels.js';
import { closurePage } from './closure-page.js';
import { readClosurePolicy } from './closure-policy.js';
import {
  closurePeopleNames,
  getClosureWithAccount,
  mayWorkOnClosure,
  type ClosureWithAccount,
} from './closure-queries.js';
import { closureStartPage } from './closure-start-page.js';
import { completeClosureStep } from './complete-closure-step.js';
import { cancelClosureInput, closureStepParam, startClosureInput } from './schemas.js';
import { startClosure } from './start-closure.js';
import { onForm, stepInput } from './closure-form-values.js';

/** The account and its closure, when the actor may see them; forbidden otherwise. */
async function load(c: Ctx, need: 'see' | 'manage') {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const found = await getClosureWithAccount(db, idFromPath(c));
  const rights = await mayWorkOnClosure(db, actor, found.account, found.unitPath);
  const allowed =
    need === 'manage' ? rights.manage : rights.steps || can(actor, 'account.read', found.unitPath);
  if (!allowed) throw forbidden();
  return { ...found, rights };
}

/** Audits the actor may read, newest first, as select options. */
async function auditChoices(db: Db, actor: Actor): Promise<[string, string][]> {
  if (!canAnywhere(actor, 'audit.read')) return [];
  const rows = await db
    .selectFrom('audits as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.title', 'a.year', 'u.path'])
    .orderBy('a.year', 'desc')
    .orderBy('a.id', 'desc')
    .limit(200)
    .execute();
  return rows
    .filter((r) => can(actor, 'audit.read', r.path))
    .map((r) => [String(r.id), `${r.title} (${r.year})`]);
}

async function renderStart(
  c: Ctx,
  found: ClosureWithAccount,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const audits = await auditChoices(c.get('deps').db, actorOf(c));
  return closureStartPage(c, { account: found.account, audits }, values, errors, status);
}

async function renderChecklist(
  c: Ctx,
  values: Record<string, string> = {},
  errors: ErrorMap = {},
  status = 200,
) {
  const { db } = c.get('deps');
  const found = await load(c, 'see');
  if (!found.current) throw notFound();
  const { closure } = found.current;
  const [names, policy, audit] = await Promise.all([
    closurePeopleNames(db, found.current),
    readClosurePolicy(db),
    closure.auditId === null
      ? null
      : db
          .selectFrom('audits')
          .select(['id', 'title'])
          .where('id', '=', closure.auditId)
          .executeTakeFirst(),
  ]);
  return closurePage(
    c,
    {
      account: found.account,
      detail: found.current,
      names,
      rights: found.rights,
      audit: audit ?? null,
      retryDays: closure.retryDays ?? policy.retryDays,
    },
    values,
    errors,
    status,
  );
}

/** Pages under /accounts/:id/closure: start, the checklist, cancel. */
export function closureRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/closure/new', async (c) => {
    const found = await load(c, 'manage');
    if (found.current && UNDER_WAY.includes(found.current.closure.status))
      return c.redirect(`/accounts/${found.account.id}/closure`, 303);
    const values = { reason: c.req.query('reason') ?? '', auditId: c.req.query('audit') ?? '' };
    return renderStart(c, found, values);
  });

  app.post('/:id/closure', async (c) => {
    const found = await load(c, 'manage');
    const { db, clock } = c.get('deps');
    const id = found.account.id;
    return submitForm(
      c,
      async (values) => {
        await startClosure(db, clock, actorOf(c), id, validate(startClosureInput, values));
        const message = c.get('t')('closures.started', { name: found.account.displayName });
        return redirectWithFlash(c, `/accounts/${id}/closure`, message);
      },
      (values, errors, status) => renderStart(c, found, values, errors, status),
    );
  });

  app.get('/:id/closure', async (c) => {
    const found = await load(c, 'see');
    if (!found.current) {
      if (found.rights.manage) return c.redirect(`/accounts/${found.account.id}/closure/new`, 303);
      throw notFound();
    }
    return renderChecklist(c);
  });

  app.post('/:id/closure/steps/:step', async (c) => {
    const parsed = closureStepParam.safeParse(c.req.param('step'));
    if (!parsed.success) throw notFound();
    const step: ClosureStepName = parsed.data;
    const found = await load(c, 'see');
    if (!found.rights.steps) throw forbidden();
    const { db, clock } = c.get('deps');
    const id = found.account.id;
    return submitForm(
      c,
      async (values) => {
        const input = stepInput(values);
        const detail = await completeClosureStep(db, clock, actorOf(c), id, step, input);
        const t = c.get('t');
        const label = stepLabel(t, step);
        const message =
          detail.closure.status === 'done'
            ? t('closures.finished', { name: found.account.displayName })
            : input.outcome === 'blocked'
              ? t('closures.attempt_recorded')
              : t(input.outcome === 'done' ? 'closures.step_done' : 'closures.step_skipped', {
                  step: label,
                });
        return redirectWithFlash(c, `/accounts/${id}/closure`, message);
      },
      (values, errors, status) =>
        renderChecklist(c, values, onForm(errors, values.form ?? step), status),
    );
  });

  app.get('/:id/closure/cancel', async (c) => {
    const found = await load(c, 'manage');
    const closure = found.current?.closure;
    if (!closure || !UNDER_WAY.includes(closure.status))
      return c.redirect(`/accounts/${found.account.id}/closure`, 303);
    return closureCancelPage(c, { account: found.account, closure }, {});
  });

  app.post('/:id/closure/cancel', async (c) => {
    const found = await load(c, 'manage');
    const closure = found.current?.closure;
    if (!closure) throw notFound();
    const { db, clock } = c.get('deps');
    const id = found.account.id;
    return submitForm(
      c,
      async (values) => {
        await cancelClosure(db, clock, actorOf(c), id, validate(cancelClosureInput, values));
        const message = c.get('t')('closures.cancelled', { name: found.account.displayName });
        return redirectWithFlash(c, `/accounts/${id}`, message);
      },
      async (values, errors, status, error) => {
        const fresh = (await load(c, 'manage')).current?.closure ?? closure;
        const { version: _seen, ...rest } = values;
        const kept = error.code === 'stale_version' ? rest : values;
        return closureCancelPage(
          c,
          { account: found.account, closure: fresh },
          kept,
          errors,
          status,
        );
      },
    );
  });

  return app;
}
