import { z } from 'zod';
import { ACCOUNT_STATUSES } from '../accounts/account.js';
import {
  ARCHIVE_KINDS,
  CLOSURE_REASONS,
  CLOSURE_STATUSES,
  CLOSURE_STEPS,
  STEP_STATES,
} from './closure.js';
import type { ClosureDetail } from './closure-queries.js';
import type { ClosurePage } from './list-closures.js';

const userId = z.number().int().nullable();

/** A closure with its checklist, as the API answers it. */
export const closureSchema = z.object({
  id: z.number().int(),
  accountId: z.number().int(),
  accountStatus: z.enum(ACCOUNT_STATUSES),
  status: z.enum(CLOSURE_STATUSES),
  reason: z.enum(CLOSURE_REASONS),
  note: z.string(),
  auditId: z.number().int().nullable(),
  endDate: z.string().nullable().describe('The end date that started it by itself'),
  priorStatus: z.string().describe('The account’s status before; a cancellation restores it'),
  startedBy: userId.describe('Null when the sweep started it at the end date'),
  startedAt: z.string(),
  platformCaseReference: z.string(),
  retryDays: z.number().int().nullable(),
  nextAttemptOn: z.string().nullable().describe('When a blocked deletion is to be tried again'),
  blockedSince: z.string().nullable(),
  cancelledReason: z.string(),
  cancelledBy: userId,
  cancelledAt: z.string().nullable(),
  finishedBy: userId,
  finishedAt: z.string().nullable(),
  version: z.number().int(),
  steps: z.array(
    z.object({
      step: z.enum(CLOSURE_STEPS),
      position: z.number().int(),
      required: z.boolean(),
      state: z.enum(STEP_STATES),
      kind: z.union([z.enum(ARCHIVE_KINDS), z.literal('')]),
      reference: z.string(),
      note: z.string(),
      doneBy: userId,
      doneAt: z.string().nullable(),
    }),
  ),
  attempts: z.array(
    z.object({
      id: z.number().int(),
      attemptedOn: z.string(),
      recordedBy: userId,
      note: z.string(),
      caseReference: z.string(),
      createdAt: z.string(),
    }),
  ),
});

/** A closure as the API answers it, with the account's status as it now stands. */
export function toClosureJson(
  detail: ClosureDetail,
  accountStatus: string,
): z.input<typeof closureSchema> {
  return {
    ...detail.closure,
    accountStatus: accountStatus as z.input<typeof closureSchema>['accountStatus'],
    steps: detail.steps,
    attempts: detail.attempts,
  };
}

/** One page of the closure list. */
export const closureListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      accountId: z.number().int(),
      displayName: z.string(),
      platform: z.string(),
      handle: z.string(),
      unitId: z.number().int(),
      unitName: z.string(),
      reason: z.enum(CLOSURE_REASONS),
      status: z.enum(CLOSURE_STATUSES),
      startedAt: z.string(),
      startedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      settled: z.number().int().describe('Steps done or skipped'),
      steps: z.number().int(),
      nextAttemptOn: z.string().nullable(),
      platformCaseReference: z.string(),
      endedAt: z.string().nullable(),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

/** The list page as the API answers it. */
export const toClosureListJson = (page: ClosurePage): z.input<typeof closureListSchema> => page;
