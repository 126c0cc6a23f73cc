import { z } from 'zod';
import { ACTION_STATUSES } from '../actions/action.js';
import { authorize, authorizeAnywhere } from '../platform/auth/policy.js';
import { ApiRouter } from '../platform/http/api-route.js';
import type { Ctx } from '../platform/http/context.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { applyHandover } from './apply-handover.js';
import { HANDOVER_REASONS, HANDOVER_STATUSES } from './handover.js';
import { handoverDetail } from './handover-detail.js';
import { getHandoverTask } from './handover-queries.js';
import { listHandovers } from './list-handovers.js';
import { applyHandoverInput, listHandoversQuery } from './schemas.js';

const reason = z.enum(HANDOVER_REASONS);
const role = z.enum(['owner', 'deputy', 'external']);

const listItem = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  userName: z.string(),
  reason,
  unitId: z.number().int(),
  unitName: z.string(),
  accountsLeft: z.number().int(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});

const taskSchema = z.object({
  id: z.number().int(),
  status: z.enum(HANDOVER_STATUSES),
  reason,
  person: z.object({ id: z.number().int(), name: z.string(), active: z.boolean() }),
  unit: z.object({ id: z.number().int(), name: z.string() }),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  completedBy: z.number().int().nullable(),
  accounts: z.array(
    z.object({
      accountId: z.number().int(),
      displayName: z.string(),
      platform: z.string(),
      handle: z.string(),
      role,
      leftOn: z.string().nullable(),
      suggestedUserId: z.number().int().nullable().describe('The default successor'),
      canKeep: z.boolean().describe('Whether the person may keep it (after a move)'),
      others: z.array(
        z.object({
          userId: z.number().int().nullable(),
          name: z.string(),
          role,
          left: z.boolean(),
        }),
      ),
    }),
  ),
  openActions: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      dueOn: z.string().nullable(),
      status: z.enum(ACTION_STATUSES),
    }),
  ),
});

const asRole = (r: string) => (r === 'owner' || r === 'deputy' ? r : 'external');

/** A task as the API shows it, when the actor may hand it over. */
async function taskJson(c: Ctx, id: number): Promise<z.input<typeof taskSchema>> {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const ctx = await getHandoverTask(db, id);
  authorize(actor, 'handover.manage', ctx.unit.path);
  const detail = await handoverDetail(db, actor, ctx);
  const { task } = ctx;
  return {
    id: task.id,
    status: task.completedAt ? 'done' : 'open',
    reason: task.reason,
    person: { id: ctx.person.id, name: ctx.person.name, active: ctx.person.active },
    unit: { id: ctx.unit.id, name: ctx.unit.name },
    createdAt: task.createdAt,
    completedAt: task.completedAt,
    completedBy: task.completedBy,
    accounts: detail.accounts.map((a) => ({
      accountId: a.accountId,
      displayName: a.displayName,
      platform: a.platform,
      handle: a.handle,
      role: asRole(a.role),
      leftOn: a.leftOn,
      suggestedUserId: a.suggestedUserId,
      canKeep: a.canKeep,
      others: a.others.map((o) => ({ ...o, role: asRole(o.role) })),
    })),
    openActions: detail.actions,
  };
}

const idParams = z.object({ id: dbId() });

/** Handover tasks through the API. */
export function handoverApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/handovers',
      operationId: 'listHandovers',
      summary: 'Lists the handover tasks the caller may act on: open ones oldest first, paged',
      tag: 'Handovers',
      query: listHandoversQuery,
      response: z.object({
        items: z.array(listItem),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
      }),
      errors: [400, 403],
    },
    async (c, { query }) => {
      const actor = actorOf(c);
      authorizeAnywhere(actor, 'handover.manage');
      return listHandovers(c.get('deps').db, actor, query);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/handovers/{id}',
      operationId: 'getHandover',
      summary: 'A handover task: the person, why, the accounts still pointing at them',
      tag: 'Handovers',
      params: idParams,
      response: taskSchema,
      errors: [403, 404],
    },
    async (c, { params }) => taskJson(c, params.id),
  );
  api.route(
    {
      method: 'post',
      path: '/handovers/{id}',
      operationId: 'applyHandover',
      summary:
        'Hands over accounts of the task in one transaction: a successor, nobody, or keep; ' +
        'accounts left out wait; the task is done when none is left',
      tag: 'Handovers',
      params: idParams,
      body: applyHandoverInput,
      response: taskSchema,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      await applyHandover(db, clock, actorOf(c), params.id, body);
      return taskJson(c, params.id);
    },
  );
  return api;
}
