import { Hono } from 'hono';
import { authorize, authorizeAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { AppError } from '../platform/http/errors.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import { getAuditWithUnitPath, type AuditWithPath } from './audit-queries.js';
import { applyFinding } from './apply-finding.js';
import { checklistFormValues, checklistFromForm, errorsAtRows } from './checklist-form.js';
import { checklistSettingsPage } from './checklist-settings-page.js';
import { getChecklist, setChecklist } from './checklist-store.js';
import { drawAuditSample } from './draw-audit-sample.js';
import { recordCheck, recordCheckInput } from './record-check.js';
import {
  DEFAULT_SAMPLE_FORM,
  drawSampleForm,
  sampleFields,
  sampleFormValues,
} from './sample-schemas.js';
import { parseSampledQuery } from './spot-check-accounts.js';
import { sampledParams } from './spot-check-accounts-table.js';
import { nextUnchecked, renderCheckPage } from './spot-check-check-view.js';
import { checkedAccountIds } from './spot-check-queries.js';
import { renderSamplePage } from './spot-check-sample-view.js';

/** The audit of the path, when the actor may do `permission` on it. */
async function auditFor(c: Ctx, permission: 'audit.read' | 'audit.manage'): Promise<AuditWithPath> {
  const found = await getAuditWithUnitPath(c.get('deps').db, idFromPath(c));
  authorize(actorOf(c), permission, found.unitPath);
  return found;
}

/** A check's form values as the domain takes them: answers by item key, and the note. */
function checkInput(values: Record<string, string>) {
  const answers: Record<string, string> = {};
  for (const [name, value] of Object.entries(values))
    if (name.startsWith('answers.')) answers[name.slice('answers.'.length)] = value;
  return { answers, note: values.note ?? '' };
}

/** Pages of a spot check's sample and checklist, mounted under /audits. */
export function spotCheckRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/checklist', async (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return checklistSettingsPage(c, checklistFormValues(await getChecklist(c.get('deps').db)));
  });

  app.post('/checklist', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const { input, rowOf } = checklistFromForm(values);
        try {
          await setChecklist(db, clock, actorOf(c), input);
        } catch (error) {
          if (error instanceof AppError && error.code === 'validation_failed')
            throw errorsAtRows(error, rowOf);
          throw error;
        }
        return redirectWithFlash(c, '/audits/checklist', c.get('t')('spot_check.checklist_saved'));
      },
      (values, errors, status) => checklistSettingsPage(c, values, errors, status),
    );
  });

  app.get('/:id/sample', async (c) => {
    const found = await auditFor(c, 'audit.manage');
    const query = sampleFields(c.req.query());
    if (query.mode !== undefined) return renderSamplePage(c, found, query, {}, 200, true);
    const sample = found.audit.sample;
    const values = sample ? sampleFormValues(sample.params) : DEFAULT_SAMPLE_FORM;
    return renderSamplePage(c, found, values, {}, 200, false);
  });

  app.post('/:id/sample', async (c) => {
    const found = await auditFor(c, 'audit.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const request = validate(drawSampleForm, values);
        const version = values.version ? Number(values.version) : undefined;
        const audit = await drawAuditSample(
          db,
          clock,
          actorOf(c),
          found.audit.id,
          request,
          version,
        );
        const message = c.get('t')('spot_check.drawn', { n: audit.sample?.n ?? 0 });
        return redirectWithFlash(c, `/audits/${audit.id}#s-sample`, message);
      },
      async (values, errors, status) => {
        const fresh = await getAuditWithUnitPath(c.get('deps').db, found.audit.id);
        const compute = Object.keys(errors).every((k) => k === '_form');
        return renderSamplePage(c, fresh, sampleFields(values), errors, status, compute);
      },
    );
  });

  app.get('/:id/checks/:accountId', async (c) => {
    const found = await auditFor(c, 'audit.read');
    return renderCheckPage(c, found, idFromPath(c, 'accountId'));
  });

  app.post('/:id/checks/:accountId', async (c) => {
    const found = await auditFor(c, 'audit.manage');
    const accountId = idFromPath(c, 'accountId');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const t = c.get('t');
        const id = found.audit.id;
        const input = validate(recordCheckInput, checkInput(values));
        await recordCheck(db, clock, actorOf(c), id, accountId, input);
        if (values.then !== 'next')
          return redirectWithFlash(c, `/audits/${id}/checks/${accountId}`, t('spot_check.saved'));
        const ids = found.audit.sample?.accountIds ?? [];
        const next = nextUnchecked(ids, accountId, await checkedAccountIds(db, id));
        return next === null
          ? redirectWithFlash(c, `/audits/${id}#s-results`, t('spot_check.all_checked'))
          : redirectWithFlash(c, `/audits/${id}/checks/${next}`, t('spot_check.saved'));
      },
      (values, errors, status) => renderCheckPage(c, found, accountId, { values, errors, status }),
    );
  });

  app.post('/:id/checks/:accountId/finding', async (c) => {
    const found = await auditFor(c, 'audit.manage');
    const accountId = idFromPath(c, 'accountId');
    const id = found.audit.id;
    const query = c.req.query();
    const list = sampledParams(parseSampledQuery(query));
    if (query.page && /^\d{1,6}$/.test(query.page)) list.set('page', query.page);
    const back =
      query.from === 'check'
        ? `/audits/${id}/checks/${accountId}`
        : `/audits/${id}${list.size > 0 ? `?${list.toString()}` : ''}#s-sampled`;
    const { db, clock } = c.get('deps');
    const t = c.get('t');
    try {
      const account = await applyFinding(db, clock, actorOf(c), id, accountId);
      const message = t(
        `spot_check.finding_done.${account.status === 'gone' ? 'gone' : 'private'}`,
        {
          account: account.displayName,
        },
      );
      return redirectWithFlash(c, back, message);
    } catch (error) {
      // A second click, or another auditor first: the register already says what was found.
      const done =
        error instanceof AppError && error.fields[0]?.message === 'spot_check.finding_applied';
      if (done) return redirectWithFlash(c, back, t('spot_check.finding_applied'));
      throw error;
    }
  });

  return app;
}
