import { z } from 'zod';
import { authorize, authorizeAnywhere } from '../platform/auth/policy.js';
import { ApiRouter } from '../platform/http/api-route.js';
import { notFound } from '../platform/http/errors.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { populationOf } from './audit.js';
import { auditJson } from './audit-json.js';
import { getAuditWithUnitPath } from './audit-queries.js';
import { ANSWERS } from './checklist.js';
import { CHECK_OUTCOMES, checkOutcome } from './checklist-answers.js';
import { getChecklist } from './checklist-store.js';
import { drawAuditSample } from './draw-audit-sample.js';
import { recordCheck, recordCheckInput } from './record-check.js';
import { drawSampleInput } from './sample-schemas.js';
import { findCheck, sampleIndex, type SpotCheck } from './spot-check-queries.js';
import { verifySample } from './verify-sample.js';

const TAG = 'Spot checks';
const idParams = z.object({ id: dbId() });
const checkParams = z.object({ id: dbId(), accountId: dbId() });

const checkJson = z.object({
  auditId: z.number().int(),
  accountId: z.number().int(),
  answers: z.record(z.string(), z.enum(ANSWERS)),
  note: z.string(),
  outcome: z.enum(CHECK_OUTCOMES).describe('What the check makes of the account'),
  checkedBy: z.number().int(),
  checkedAt: z.string(),
});
const toCheckJson = (check: SpotCheck) => ({ ...check, outcome: checkOutcome(check.answers) });

const label = z.object({ sv: z.string(), en: z.string() });

/** The sample and checks of spot checks through the API. */
export function spotCheckApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/audit-checklist',
      operationId: 'getAuditChecklist',
      summary: 'The organisation’s checklist for spot checks: the item keys a check answers',
      tag: TAG,
      response: z.object({ items: z.array(z.object({ key: z.string(), label })) }),
    },
    async (c) => {
      authorizeAnywhere(actorOf(c), 'audit.read');
      return getChecklist(c.get('deps').db);
    },
  );
  api.route(
    {
      method: 'post',
      path: '/audits/{id}/sample',
      operationId: 'drawAuditSample',
      summary:
        'Draws (or, until an account is checked, draws again) the sample of a spot check from the accounts in scope; rates are fractions',
      tag: TAG,
      params: idParams,
      body: drawSampleInput,
      response: auditJson,
      status: 201,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      return drawAuditSample(db, clock, actorOf(c), params.id, body);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/audits/{id}/sample',
      operationId: 'getAuditSample',
      summary:
        'The drawn sample with its population snapshot, and whether drawing it again gives the same accounts',
      tag: TAG,
      params: idParams,
      response: z.object({
        sample: auditJson.shape.sample,
        population: z.array(z.object({ id: z.number().int(), stratum: z.string().optional() })),
        verification: z
          .object({
            methodKnown: z.boolean(),
            matches: z.boolean(),
            redrawn: z.number().int(),
            populationSize: z.number().int(),
          })
          .nullable(),
      }),
      errors: [403, 404],
    },
    async (c, { params }) => {
      const found = await getAuditWithUnitPath(c.get('deps').db, params.id);
      authorize(actorOf(c), 'audit.read', found.unitPath);
      const population = populationOf(found.row);
      const sample = found.audit.sample;
      return { sample, population, verification: sample && verifySample(sample, population) };
    },
  );
  api.route(
    {
      method: 'get',
      path: '/audits/{id}/checks/{accountId}',
      operationId: 'getAuditCheck',
      summary: 'The check of one sampled account; 404 when it is not in the sample or not checked',
      tag: TAG,
      params: checkParams,
      response: checkJson,
      errors: [403, 404],
    },
    async (c, { params }) => {
      const { db } = c.get('deps');
      const found = await getAuditWithUnitPath(db, params.id);
      authorize(actorOf(c), 'audit.read', found.unitPath);
      sampleIndex(found, params.accountId);
      const check = await findCheck(db, params.id, params.accountId);
      if (!check) throw notFound();
      return toCheckJson(check);
    },
  );
  api.route(
    {
      method: 'put',
      path: '/audits/{id}/checks/{accountId}',
      operationId: 'recordAuditCheck',
      summary:
        'Records or corrects the check of one sampled account: an answer per checklist item and a note',
      tag: TAG,
      params: checkParams,
      body: recordCheckInput,
      response: checkJson,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      const check = await recordCheck(db, clock, actorOf(c), params.id, params.accountId, body);
      return toCheckJson(check);
    },
  );
  return api;
}
