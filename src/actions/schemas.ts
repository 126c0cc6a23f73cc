import { z } from 'zod';
import { dbId, optionalDate, parseLenient, requiredText, text } from '../platform/http/form.js';
import { ACTION_KINDS, ACTION_STATUSES } from './action.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
// A blank owner field means nobody yet.
const optionalOwner = z
  .preprocess((v) => (v === '' ? null : v), dbId().nullable())
  .optional()
  .describe('User id of the person responsible; empty or null for nobody yet');

/** Every field a person fills in for an action; shared by the form and the API. */
const actionFields = {
  title: requiredText(200).describe('What is to be done, in short'),
  description: text(4000).optional(),
  kind: z
    .enum(ACTION_KINDS, { error: 'validation.choice' })
    .describe('improvement, or direct: decided in the internal-control plan'),
  ownerUserId: optionalOwner,
  unitId: dbId('actions.unit_required'),
  dueOn: optionalDate.optional(),
  status: z.enum(ACTION_STATUSES, { error: 'validation.choice' }),
};

const optionalLink = (description: string) =>
  z
    .preprocess((v) => (v === '' ? null : v), dbId().nullable())
    .optional()
    .describe(description);

/** A new action; status defaults to open. An action from a finding names its audit and account. */
export const createActionInput = z.object({
  ...actionFields,
  status: actionFields.status.optional(),
  auditId: optionalLink('The audit whose finding the action follows'),
  accountId: optionalLink('The account the finding concerns'),
});
export type CreateActionInput = z.infer<typeof createActionInput>;

/** Changes to an action: only the fields sent change. */
export const updateActionInput = z.object(actionFields).partial();
export type UpdateActionInput = z.infer<typeof updateActionInput>;

/** A follow-up note: its date (today when left out) and what was found or done. */
export const addNoteInput = z.object({
  notedOn: optionalDate.optional(),
  text: requiredText(4000),
});
export type AddNoteInput = z.infer<typeof addNoteInput>;

/** The action list's filters and page; the same for the page and the API. */
export const listActionsQuery = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(ACTION_STATUSES).optional()),
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('Unit id; includes its subunits'),
  owner: z.preprocess(emptyToUndefined, dbId().optional()).describe('User id of the owner'),
  overdue: z
    .preprocess(emptyToUndefined, z.enum(['1']).optional())
    .describe('1 for overdue actions only'),
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .describe('Free text in title and description'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(50)),
});
export type ListActionsQuery = z.infer<typeof listActionsQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseActionQuery(raw: Record<string, string>): ListActionsQuery {
  return parseLenient(listActionsQuery, raw).query;
}
