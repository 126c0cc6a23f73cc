import { z } from 'zod';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, CREDENTIALS_LOCATIONS, type Account } from './account.js';

/** An account as the API returns it. */
export const accountSchema = z.object({
  id: z.number().int(),
  platform: z.string(),
  handle: z.string(),
  platformAccountId: z.string().nullable(),
  url: z.string().nullable(),
  displayName: z.string(),
  unitId: z.number().int(),
  type: z.enum(ACCOUNT_TYPES),
  endDate: z.string().nullable(),
  purpose: z.string(),
  goals: z.string(),
  audience: z.string(),
  publishingPlan: z.string(),
  status: z.enum(ACCOUNT_STATUSES),
  statusChangedOn: z.string(),
  statusReason: z.string(),
  lastActivityOn: z.string().nullable(),
  credentialsLocation: z.enum(CREDENTIALS_LOCATIONS),
  credentialsNote: z.string(),
  disposalReference: z.string(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** One change in an account's history as the API returns it. */
export const historyEntrySchema = z.object({
  id: z.number().int(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string(),
  effectiveOn: z.string().nullable(),
  changedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  changedAt: z.string(),
});

/** The API's view of an account: the domain type, field by field. */
export function toAccountJson(a: Account): z.input<typeof accountSchema> {
  return { ...a };
}
