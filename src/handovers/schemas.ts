import { z } from 'zod';
import { AppError, type FieldError } from '../platform/http/errors.js';
import { dbId, parseLenient } from '../platform/http/form.js';
import { HANDOVER_DECISIONS, HANDOVER_STATUSES } from './handover.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The handover list's filters and page; the same for the page and the API. */
export const listHandoversQuery = z.object({
  status: z
    .preprocess(emptyToUndefined, z.enum(HANDOVER_STATUSES).default('open'))
    .describe('open (the default) or done'),
  person: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('User id of the person who left or moved'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListHandoversQuery = z.infer<typeof listHandoversQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseHandoverQuery(raw: Record<string, string>): ListHandoversQuery {
  return parseLenient(listHandoversQuery, raw).query;
}

/** What becomes of one account of the task. */
export const handoverDecision = z
  .object({
    accountId: dbId(),
    decision: z
      .enum(HANDOVER_DECISIONS, { error: 'validation.choice' })
      .describe(
        'successor: successorUserId takes the same role; remove: nobody does; ' +
          'keep: a person who moved still runs the account',
      ),
    successorUserId: dbId().nullable().optional(),
  })
  .refine((d) => d.decision !== 'successor' || !!d.successorUserId, {
    path: ['successorUserId'],
    message: 'handovers.successor_required',
  });
export type HandoverDecision = z.infer<typeof handoverDecision>;

/** The decisions of one handover, applied together; accounts left out wait for later. */
export const applyHandoverInput = z.object({
  decisions: z.array(handoverDecision).max(10_000),
});
export type ApplyHandoverInput = z.infer<typeof applyHandoverInput>;

/** The form field that holds one account's decision. */
export const decisionField = (accountId: number) => `account-${accountId}`;

/**
 * Reads the handover form: one field per account holding a user id, `remove`, `keep`, or
 * nothing (decide later).
 */
export function decisionsFromForm(values: Record<string, string>): ApplyHandoverInput {
  const decisions: HandoverDecision[] = [];
  const errors: FieldError[] = [];
  for (const [name, raw] of Object.entries(values)) {
    const match = /^account-(\d{1,9})$/.exec(name);
    if (!match) continue;
    const accountId = Number(match[1]);
    const value = raw.trim();
    if (value === '') continue;
    if (value === 'remove' || value === 'keep') decisions.push({ accountId, decision: value });
    else if (/^\d{1,9}$/.test(value))
      decisions.push({ accountId, decision: 'successor', successorUserId: Number(value) });
    else errors.push({ path: [name], message: 'validation.choice' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', errors);
  return { decisions };
}
