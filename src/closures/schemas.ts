import { z } from 'zod';
import { dbId, optionalDate, parseLenient, requiredText, text } from '../platform/http/form.js';
import { ARCHIVE_KINDS, CLOSURE_REASONS, CLOSURE_STATUSES, CLOSURE_STEPS } from './closure.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

// Sent back by the form or API client so that a change made meanwhile is not overwritten.
const version = z.coerce
  .number()
  .int()
  .positive()
  .optional()
  .describe('The closure’s version that was read; a mismatch answers 409');

// A form sends digits as text; anything else is left for the schema to refuse.
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: (i) => (i.code === 'invalid_type' ? 'validation.integer' : undefined) })
      .int('validation.integer')
      .min(min)
      .max(max),
  );

/** Starting a closure: why, a note, and for an audit finding the audit. */
export const startClosureInput = z.object({
  reason: z.enum(CLOSURE_REASONS, { error: 'closures.reason_required' }),
  note: text(2000).optional(),
  auditId: z
    .preprocess(emptyToUndefined, dbId('closures.audit_unknown').optional())
    .describe('The audit whose finding calls for the closure (reason audit_finding)'),
});
export type StartClosureInput = z.infer<typeof startClosureInput>;

/** A step of the checklist carried out, skipped, or (deletion only) blocked at the platform. */
export const closureStepInput = z.discriminatedUnion(
  'outcome',
  [
    z.object({
      outcome: z.literal('done'),
      note: text(2000).optional(),
      reference: text(200)
        .optional()
        .describe('The archive step: the disposal decision’s or the archive’s reference'),
      kind: z
        .preprocess(emptyToUndefined, z.enum(ARCHIVE_KINDS, { error: 'validation.choice' }))
        .optional()
        .describe('The archive step: disposal_decision or archived'),
      version,
    }),
    z.object({ outcome: z.literal('skipped'), note: requiredText(1000), version }),
    z.object({
      outcome: z.literal('blocked'),
      note: requiredText(2000).describe('What was tried and what the platform answered'),
      caseReference: text(200).optional().describe('The platform support’s case number'),
      attemptedOn: optionalDate.optional(),
      retryDays: z.preprocess(emptyToUndefined, wholeNumber(1, 365).optional()),
      version,
    }),
  ],
  { error: 'closures.outcome_required' },
);
export type ClosureStepInput = z.infer<typeof closureStepInput>;

/** The step in a path. */
export const closureStepParam = z.enum(CLOSURE_STEPS);

/** Cancelling a closure: the reason is required. */
export const cancelClosureInput = z.object({ reason: requiredText(1000), version });
export type CancelClosureInput = z.infer<typeof cancelClosureInput>;

/** The list's status choice: those under way (the default), one status, or all. */
export const CLOSURE_LIST_STATUSES = ['under_way', ...CLOSURE_STATUSES, 'all'] as const;

/** The closure list's filters and page; the same for the page and the API. */
export const listClosuresQuery = z.object({
  status: z
    .preprocess(emptyToUndefined, z.enum(CLOSURE_LIST_STATUSES).default('under_way'))
    .describe('under_way (open or blocked, the default), open, blocked, done, cancelled or all'),
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('A unit id: closures of accounts at it or below'),
  reason: z.preprocess(emptyToUndefined, z.enum(CLOSURE_REASONS).optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListClosuresQuery = z.infer<typeof listClosuresQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseClosureQuery(raw: Record<string, string>): ListClosuresQuery {
  return parseLenient(listClosuresQuery, raw).query;
}
