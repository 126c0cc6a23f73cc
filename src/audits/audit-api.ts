import { z } from 'zod';
import { authorize, authorizeAnywhere } from '../platform/auth/policy.js';
import { ApiRouter } from '../platform/http/api-route.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { auditJson, auditResultsJson } from './audit-json.js';
import { getAuditWithUnitPath } from './audit-queries.js';
import { auditResults } from './audit-results.js';
import { closeAudit } from './close-audit.js';
import { createAudit } from './create-audit.js';
import { listAudits } from './list-audits.js';
import { createAuditInput, listAuditsQuery, updateAuditInput } from './schemas.js';
import { updateAudit } from './update-audit.js';

const idParams = z.object({ id: dbId() });
const TAG = 'Audits';

/** Audits through the API: list, create, read, change, close and results. */
export function auditApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/audits',
      operationId: 'listAudits',
      summary: 'Lists the audits the caller may read: newest year first, open before closed, paged',
      tag: TAG,
      query: listAuditsQuery,
      response: z.object({
        items: z.array(auditJson),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
      }),
      errors: [400],
    },
    async (c, { query }) => {
      const actor = actorOf(c);
      authorizeAnywhere(actor, 'audit.read');
      return listAudits(c.get('deps').db, actor, query);
    },
  );
  api.route(
    {
      method: 'post',
      path: '/audits',
      operationId: 'createAudit',
      summary: 'Plans a response-time audit or a spot check for a unit; scope defaults to the unit',
      tag: TAG,
      body: createAuditInput,
      response: auditJson,
      status: 201,
      errors: [400, 403],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      return createAudit(db, clock, actorOf(c), body);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/audits/{id}',
      operationId: 'getAudit',
      summary: 'One audit with its report fields, scope and sample',
      tag: TAG,
      params: idParams,
      response: auditJson,
      errors: [403, 404],
    },
    async (c, { params }) => {
      const { audit, unitPath } = await getAuditWithUnitPath(c.get('deps').db, params.id);
      authorize(actorOf(c), 'audit.read', unitPath);
      return audit;
    },
  );
  api.route(
    {
      method: 'patch',
      path: '/audits/{id}',
      operationId: 'updateAudit',
      summary:
        'Changes the fields sent; the report text may change after closing, the scope may not',
      tag: TAG,
      params: idParams,
      body: updateAuditInput,
      response: auditJson,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      return updateAudit(db, clock, actorOf(c), params.id, body);
    },
  );
  api.route(
    {
      method: 'post',
      path: '/audits/{id}/close',
      operationId: 'closeAudit',
      summary: 'Closes the audit: its results are computed once more and frozen',
      tag: TAG,
      params: idParams,
      body: z.object({ version: z.number().int().min(1).optional() }).optional(),
      response: auditJson,
      errors: [403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      return closeAudit(db, clock, actorOf(c), params.id, body?.version);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/audits/{id}/results',
      operationId: 'getAuditResults',
      summary: 'The results: frozen once the audit is closed, computed from the records before',
      tag: TAG,
      params: idParams,
      response: auditResultsJson,
      errors: [403, 404],
    },
    async (c, { params }) => {
      const db = c.get('deps').db;
      const found = await getAuditWithUnitPath(db, params.id);
      authorize(actorOf(c), 'audit.read', found.unitPath);
      return (await auditResults(db, found)) as z.input<typeof auditResultsJson>;
    },
  );
  return api;
}
