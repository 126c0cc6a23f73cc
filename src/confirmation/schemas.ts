import { z } from 'zod';
import { updateAccountInput } from '../accounts/schemas.js';
import { dbId, optionalDate, parseLenient, requiredText } from '../platform/http/form.js';
import { ENDED_OUTCOMES, ROUND_STATUSES } from './round.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const page = z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1));
const pageSize = (max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(max).default(50));

/** A new round: what it is called, the year it confirms, where, and when it closes. */
export const openRoundInput = z.object({
  title: requiredText(200),
  year: z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: 'rounds.year_invalid' })
      .int('rounds.year_invalid')
      .min(2000, 'rounds.year_invalid')
      .max(2100, 'rounds.year_invalid'),
  ),
  unitId: dbId('rounds.unit_required').describe(
    'The unit the round covers, with every unit below it',
  ),
  closesOn: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .pipe(z.iso.date({ error: 'validation.date' }))
    .describe('The last day to answer, YYYY-MM-DD; after today'),
});
export type OpenRoundInput = z.infer<typeof openRoundInput>;

/** The list of rounds: by year and status, paged; the same for the page and the API. */
export const listRoundsQuery = z.object({
  year: z.preprocess(emptyToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
  status: z
    .preprocess(emptyToUndefined, z.enum(ROUND_STATUSES).optional())
    .describe('open or closed; both when left out'),
  page,
  pageSize: pageSize(200),
});
export type ListRoundsQuery = z.infer<typeof listRoundsQuery>;

/** Reads the list query leniently. */
export function parseRoundsQuery(raw: Record<string, string>): ListRoundsQuery {
  return parseLenient(listRoundsQuery, raw).query;
}

export const PROGRESS_SORTS = ['laggards', 'unit', 'answered'] as const;

/** The round dashboard: the order of the units, and the unit and page of unanswered accounts. */
export const dashboardQuery = z.object({
  sort: z
    .preprocess(
      emptyToUndefined,
      z
        .enum([...PROGRESS_SORTS, ...PROGRESS_SORTS.map((s) => `-${s}` as const)])
        .default('-laggards'),
    )
    .describe('Order of the units: laggards, unit or answered; prefix - for descending'),
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('Unanswered accounts of this unit and those below it'),
  page,
  pageSize: pageSize(200),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** Reads the dashboard query leniently. */
export function parseDashboardQuery(raw: Record<string, string>): DashboardQuery {
  return parseLenient(dashboardQuery, raw).query;
}

/** The confirmation page: unanswered accounts only (the default) or every one, paged. */
export const myConfirmationsQuery = z.object({
  show: z.preprocess(emptyToUndefined, z.enum(['waiting', 'all']).default('waiting')),
  page,
  pageSize: pageSize(200),
});
export type MyConfirmationsQuery = z.infer<typeof myConfirmationsQuery>;

/** Reads the confirmation page's query leniently. */
export function parseMyConfirmationsQuery(raw: Record<string, string>): MyConfirmationsQuery {
  return parseLenient(myConfirmationsQuery, raw).query;
}

/** The key fields an account's people correct in place; the rest is on the account's own form. */
export const CORRECTION_FIELDS = [
  'displayName',
  'url',
  'purpose',
  'endDate',
  'lastActivityOn',
  'credentialsLocation',
  'credentialsNote',
  'notes',
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/** A correction of the key fields, guarded by the version that was shown. */
export const correctAccountInput = updateAccountInput
  .pick({
    displayName: true,
    url: true,
    purpose: true,
    endDate: true,
    lastActivityOn: true,
    credentialsLocation: true,
    credentialsNote: true,
    notes: true,
    version: true,
  })
  .required({ displayName: true });
export type CorrectAccountInput = z.infer<typeof correctAccountInput>;

/** An account reported closed or gone: which, why, and from when. */
export const reportEndedInput = z.object({
  outcome: z.enum(ENDED_OUTCOMES, { error: 'confirm.outcome_required' }),
  reason: requiredText(1000),
  effectiveOn: optionalDate.optional().transform((v) => v ?? null),
  version: z.coerce.number().int().positive().optional(),
});
export type ReportEndedInput = z.infer<typeof reportEndedInput>;
