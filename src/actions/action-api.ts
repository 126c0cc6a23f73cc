import { z } from 'zod';
import { ApiRouter } from '../platform/http/api-route.js';
import { actorOf } from '../platform/http/require-actor.js';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { ACTION_KINDS, ACTION_STATUSES } from './action.js';
import { createAction } from './create-action.js';
import { listActions } from './list-actions.js';
import { createActionInput, listActionsQuery } from './schemas.js';

/** An action as the API returns it. */
const actionSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(ACTION_KINDS),
  ownerUserId: z.number().int().nullable(),
  unitId: z.number().int(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  auditId: z.number().int().nullable(),
  accountId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Improvement and direct actions through the API. */
export function actionApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/actions',
      operationId: 'listActions',
      summary: 'Lists the actions the caller may read: overdue first, then by due date, paged',
      tag: 'Actions',
      query: listActionsQuery,
      response: z.object({
        items: z.array(actionSchema),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
      }),
      errors: [400],
    },
    async (c, { query }) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(c);
      authorizeAnywhere(actor, 'action.read');
      return listActions(db, actor, query, stockholmDate(clock.now()));
    },
  );
  api.route(
    {
      method: 'post',
      path: '/actions',
      operationId: 'createAction',
      summary: 'Creates an improvement or direct action in a unit',
      tag: 'Actions',
      body: createActionInput,
      response: actionSchema,
      status: 201,
      errors: [400],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      return createAction(db, clock, actorOf(c), body);
    },
  );
  return api;
}
