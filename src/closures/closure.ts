import type { ClosureAttemptRow, ClosureRow, ClosureStepRow } from '../platform/db/schema.js';

export const CLOSURE_REASONS = [
  'no_longer_needed',
  'inactive',
  'breaks_guidelines',
  'end_date_reached',
  'audit_finding',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** The checklist's steps, in the order they are carried out. */
export const CLOSURE_STEPS = ['archive', 'announce', 'unlist', 'delete', 'confirm_gone'] as const;
export type ClosureStepName = (typeof CLOSURE_STEPS)[number];

export const CLOSURE_STATUSES = ['open', 'blocked', 'done', 'cancelled'] as const;
export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];
/** Statuses of a closure still under way: the account stays `closing`. */
export const UNDER_WAY: readonly ClosureStatus[] = ['open', 'blocked'];

export const STEP_STATES = ['todo', 'done', 'skipped'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** How the content was secured before deletion: a disposal decision, or archived. */
export const ARCHIVE_KINDS = ['disposal_decision', 'archived'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/** A closure of one account: why, who started it, where it stands. */
export interface Closure {
  id: number;
  accountId: number;
  reason: ClosureReason;
  note: string;
  auditId: number | null;
  endDate: string | null;
  priorStatus: string;
  status: ClosureStatus;
  startedBy: number | null;
  startedAt: string;
  platformCaseReference: string;
  retryDays: number | null;
  nextAttemptOn: string | null;
  blockedSince: string | null;
  cancelledReason: string;
  cancelledBy: number | null;
  cancelledAt: string | null;
  finishedBy: number | null;
  finishedAt: string | null;
  version: number;
}

/** One step of the checklist. */
export interface ClosureStep {
  step: ClosureStepName;
  position: number;
  required: boolean;
  state: StepState;
  kind: ArchiveKind | '';
  reference: string;
  note: string;
  doneBy: number | null;
  doneAt: string | null;
}

/** One attempt to delete the account at the platform that did not succeed. */
export interface ClosureAttempt {
  id: number;
  attemptedOn: string;
  recordedBy: number | null;
  note: string;
  caseReference: string;
  createdAt: string;
}

/** Maps a database row to the domain type. */
export function toClosure(row: ClosureRow): Closure {
  return {
    id: row.id,
    accountId: row.account_id,
    reason: row.reason as ClosureReason,
    note: row.note,
    auditId: row.audit_id,
    endDate: row.end_date,
    priorStatus: row.prior_status,
    status: row.status as ClosureStatus,
    startedBy: row.started_by,
    startedAt: row.started_at,
    platformCaseReference: row.platform_case_reference,
    retryDays: row.retry_days,
    nextAttemptOn: row.next_attempt_on,
    blockedSince: row.blocked_since,
    cancelledReason: row.cancelled_reason,
    cancelledBy: row.cancelled_by,
    cancelledAt: row.cancelled_at,
    finishedBy: row.finished_by,
    finishedAt: row.finished_at,
    version: row.version,
  };
}

/** Maps a step row to the domain type. */
export function toClosureStep(row: ClosureStepRow): ClosureStep {
  return {
    step: row.step as ClosureStepName,
    position: row.position,
    required: row.required === 1,
    state: row.state as StepState,
    kind: row.kind as ArchiveKind | '',
    reference: row.reference,
    note: row.note,
    doneBy: row.done_by,
    doneAt: row.done_at,
  };
}

/** Maps an attempt row to the domain type. */
export function toClosureAttempt(row: ClosureAttemptRow): ClosureAttempt {
  return {
    id: row.id,
    attemptedOn: row.attempted_on,
    recordedBy: row.recorded_by,
    note: row.note,
    caseReference: row.case_reference,
    createdAt: row.created_at,
  };
}

/** Whether a step is settled: done, or skipped where it may be. */
export const isSettled = (s: ClosureStep) => s.state !== 'todo';
