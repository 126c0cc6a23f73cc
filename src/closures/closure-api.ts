import { z } from 'zod';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { authorizeAnywhere, can } from '../platform/auth/policy.js';
import { ApiRouter } from '../platform/http/api-route.js';
import type { Ctx } from '../platform/http/context.js';
import { forbidden, notFound } from '../platform/http/errors.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { cancelClosure } from './cancel-closure.js';
import { completeClosureStep } from './complete-closure-step.js';
import {
  closureListSchema,
  closureSchema,
  toClosureJson,
  toClosureListJson,
} from './closure-json.js';
import { getClosureWithAccount, mayWorkOnClosure, type ClosureDetail } from './closure-queries.js';
import { listClosures } from './list-closures.js';
import {
  cancelClosureInput,
  closureStepInput,
  closureStepParam,
  listClosuresQuery,
  startClosureInput,
} from './schemas.js';
import { startClosure } from './start-closure.js';

const idParams = z.object({ id: dbId() });
const stepParams = z.object({ id: dbId(), step: closureStepParam });

/** The closure as it now stands, with its account's status. */
async function answer(c: Ctx, accountId: number, detail: ClosureDetail) {
  const { account } = await getAccountWithUnitPath(c.get('deps').db, accountId);
  return toClosureJson(detail, account.status);
}

/** The closure API: start a closure, read it, complete its steps, cancel it. */
export function closureApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/closures',
      operationId: 'listClosures',
      summary: 'Lists closures of accounts the caller may read, newest first, filtered and paged',
      tag: 'Closures',
      query: listClosuresQuery,
      response: closureListSchema,
      errors: [400, 403],
    },
    async (c, { query }) => {
      const actor = actorOf(c);
      authorizeAnywhere(actor, 'account.read');
      return toClosureListJson(await listClosures(c.get('deps').db, actor, query));
    },
  );
  api.route(
    {
      method: 'post',
      path: '/accounts/{id}/closure',
      operationId: 'startClosure',
      summary:
        'Starts the closure of an account (its owner, the unit’s manager or communicator, an ' +
        'administrator): the account becomes closing and gets its checklist',
      tag: 'Closures',
      params: idParams,
      body: startClosureInput,
      response: closureSchema,
      status: 201,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      await startClosure(db, clock, actorOf(c), params.id, body);
      const { current } = await getClosureWithAccount(db, params.id);
      return answer(c, params.id, current!);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/accounts/{id}/closure',
      operationId: 'getClosure',
      summary: 'The account’s closure under way, or its latest; 404 when it never had one',
      tag: 'Closures',
      params: idParams,
      response: closureSchema,
      errors: [403, 404],
    },
    async (c, { params }) => {
      const { db } = c.get('deps');
      const actor = actorOf(c);
      const { account, unitPath, current } = await getClosureWithAccount(db, params.id);
      if (!can(actor, 'account.read', unitPath))
        if (!(await mayWorkOnClosure(db, actor, account, unitPath)).steps) throw forbidden();
      if (!current) throw notFound();
      return toClosureJson(current, account.status);
    },
  );
  api.route(
    {
      method: 'patch',
      path: '/accounts/{id}/closure/steps/{step}',
      operationId: 'completeClosureStep',
      summary:
        'Carries out a step of the checklist: done, skipped (steps not required) or, for ' +
        'delete, blocked at the platform with the attempt; the last required step closes the account',
      tag: 'Closures',
      params: stepParams,
      body: closureStepInput,
      response: closureSchema,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      const detail = await completeClosureStep(db, clock, actorOf(c), params.id, params.step, body);
      return answer(c, params.id, detail);
    },
  );
  api.route(
    {
      method: 'post',
      path: '/accounts/{id}/closure/cancel',
      operationId: 'cancelClosure',
      summary: 'Cancels the closure under way with a reason; the account gets its status back',
      tag: 'Closures',
      params: idParams,
      body: cancelClosureInput,
      response: closureSchema,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      const detail = await cancelClosure(db, clock, actorOf(c), params.id, body);
      return answer(c, params.id, detail);
    },
  );
  return api;
}
