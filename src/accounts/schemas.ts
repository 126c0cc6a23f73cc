import { z } from 'zod';
import { dbId, optionalDate, parseLenient, requiredText, text } from '../platform/http/form.js';
import { GAP_FILTERS } from '../people/account-gaps.js';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, CREDENTIALS_LOCATIONS } from './account.js';

// Empty means "none" for these, so that a form's blank field clears them.
const optionalText = (max: number) =>
  text(max)
    .transform((v) => v || null)
    .nullable()
    .optional();

/** Every field a person fills in for an account; shared by the form and the API. */
const accountFields = {
  url: optionalText(500).describe(
    'The account’s address; platform and handle are derived from it when left out',
  ),
  platform: optionalText(40).describe('Platform key, e.g. facebook, instagram, x'),
  handle: optionalText(200).describe('The account’s name on the platform'),
  platformAccountId: optionalText(100).describe('The platform’s own stable id, where known'),
  displayName: requiredText(200),
  unitId: dbId('accounts.unit_required'),
  type: z.enum(ACCOUNT_TYPES, { error: 'validation.choice' }),
  endDate: optionalDate.optional(),
  purpose: text(4000).optional(),
  goals: text(4000).optional(),
  audience: text(2000).optional(),
  publishingPlan: text(2000).optional(),
  lastActivityOn: optionalDate.optional(),
  credentialsLocation: z.enum(CREDENTIALS_LOCATIONS, { error: 'validation.choice' }).optional(),
  credentialsNote: text(500).optional(),
  disposalReference: text(200).optional(),
  notes: text(4000).optional(),
};

/** A new account; fields left out are empty. */
export const createAccountInput = z.object({
  ...accountFields,
  status: z.enum(ACCOUNT_STATUSES, { error: 'validation.choice' }).optional(),
});
export type CreateAccountInput = z.infer<typeof createAccountInput>;

// Sent back by the form or API client so that a change made meanwhile is not overwritten.
const version = z.coerce
  .number()
  .int()
  .positive()
  .optional()
  .describe('The version that was read; a mismatch answers 409');

/** Changes to an account: only the fields sent change; `version` guards against lost updates. */
export const updateAccountInput = z
  .object({
    ...accountFields,
    version,
  })
  .partial();
export type UpdateAccountInput = z.infer<typeof updateAccountInput>;

/** A change of status with its reason and the date it took effect. */
export const changeStatusInput = z.object({
  status: z.enum(ACCOUNT_STATUSES, { error: 'validation.choice' }),
  reason: requiredText(1000),
  effectiveOn: optionalDate.optional().transform((v) => v ?? null),
  version,
});
export type ChangeStatusInput = z.infer<typeof changeStatusInput>;

export const SORT_COLUMNS = [
  'name',
  'platform',
  'handle',
  'unit',
  'type',
  'status',
  'lastActivity',
  'updated',
] as const;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The register list's filters, sort and page; the same for the page and the API. */
export const listAccountsQuery = z.object({
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('Unit id; includes its subunits'),
  platform: z.preprocess(emptyToUndefined, z.string().max(40).optional()),
  type: z.preprocess(emptyToUndefined, z.enum(ACCOUNT_TYPES).optional()),
  status: z.preprocess(emptyToUndefined, z.enum(ACCOUNT_STATUSES).optional()),
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .describe('Free text in name, handle and URL'),
  gap: z
    .preprocess(emptyToUndefined, z.enum(GAP_FILTERS).optional())
    .describe('Open accounts with any gap in who answers for them, or with one kind of gap'),
  closure: z
    .preprocess(emptyToUndefined, z.enum(['blocked']).optional())
    .describe('blocked: accounts whose closure is stuck because the deletion could not be done'),
  sort: z
    .preprocess(
      emptyToUndefined,
      z.enum([...SORT_COLUMNS, ...SORT_COLUMNS.map((c) => `-${c}` as const)]).default('name'),
    )
    .describe('Column; prefix with - for descending'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(50)),
});
export type ListAccountsQuery = z.infer<typeof listAccountsQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseListQuery(raw: Record<string, string>): {
  query: ListAccountsQuery;
  invalid: boolean;
} {
  return parseLenient(listAccountsQuery, raw);
}
