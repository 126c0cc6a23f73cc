import { z } from 'zod';
import { parseLenient } from '../platform/http/form.js';
import { RULE_KEYS } from './rules/index.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Whose tasks: the person's own, or everything in the units they manage or communicate for. */
export const TASK_VIEWS = ['mine', 'units'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

/** The task list's view, filter and page; the same for the page and the API. */
export const listTasksQuery = z.object({
  view: z
    .preprocess(emptyToUndefined, z.enum(TASK_VIEWS).default('mine'))
    .describe(
      'mine (the default): what is due for the caller; units: everything in the units where the caller is manager or contact communicator',
    ),
  rule: z
    .preprocess(emptyToUndefined, z.enum(RULE_KEYS as [string, ...string[]]).optional())
    .describe('Only the tasks of this rule'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListTasksQuery = z.infer<typeof listTasksQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseTaskQuery(raw: Record<string, string>): ListTasksQuery {
  return parseLenient(listTasksQuery, raw).query;
}
