import { z } from 'zod';
import { ApiRouter } from '../platform/http/api-route.js';
import { actorOf } from '../platform/http/require-actor.js';
import { listTasks } from './list-tasks.js';
import { reminderText, ruleLabel } from './reminder-text.js';
import { RULE_KEYS } from './rules/index.js';
import { listTasksQuery } from './schemas.js';
import { taskNames } from './task-names.js';

const taskSchema = z.object({
  rule: z.string().describe(`One of: ${RULE_KEYS.join(', ')}`),
  ruleLabel: z.string(),
  subjectType: z
    .string()
    .describe(
      'account, action, credential, absence, handover, round_item, user, application or closure',
    ),
  subjectId: z.number().int(),
  period: z.string().describe('Tells one occurrence of the same subject from the next'),
  title: z.string(),
  text: z.string().describe('What is to be done, in the language of the request'),
  href: z.string().describe('The path of the page where it is done'),
  dueOn: z.string().nullable(),
  urgent: z.boolean(),
  unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  people: z
    .array(z.object({ id: z.number().int(), name: z.string() }))
    .describe('Whom it is for; empty: nobody answers for it, so the unit manager'),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The API of tasks: GET /tasks. */
export function taskApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/tasks',
      operationId: 'listTasks',
      summary:
        'What is due now for the caller (view=mine) or in the units where the caller is manager ' +
        'or contact communicator (view=units), derived from the register; paged, with counts per rule',
      tag: 'Tasks',
      query: listTasksQuery,
      response: z.object({
        items: z.array(taskSchema),
        counts: z
          .record(z.string(), z.number().int())
          .describe('Tasks per rule, before the rule filter'),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
      }),
      errors: [400, 401],
    },
    async (c, { query }) => {
      const { db, clock } = c.get('deps');
      const t = c.get('t');
      const locale = c.get('locale');
      const result = await listTasks(db, clock, actorOf(c), query);
      const names = await taskNames(db, result.items);
      return {
        ...result,
        items: result.items.map((task) => ({
          rule: task.rule,
          ruleLabel: ruleLabel(t, task.rule),
          subjectType: task.subjectType,
          subjectId: task.subjectId,
          period: task.period,
          title: task.title,
          text: reminderText(t, locale, task),
          href: task.href,
          dueOn: task.dueOn,
          urgent: task.urgent,
          unit:
            task.unitId === null
              ? null
              : { id: task.unitId, name: names.units.get(task.unitId) ?? '' },
          people: task.people.map((id) => ({ id, name: names.people.get(id) ?? '' })),
          params: task.params,
        })),
      };
    },
  );
  return api;
}
