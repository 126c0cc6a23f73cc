import type { Account } from '../accounts/account.js';
import { writeAccountStatus } from '../accounts/change-account-status.js';
import { bumpRegisterVersion } from '../accounts/register-version.js';
import { writeHistory } from '../accounts/write-history.js';
import { shiftDate } from '../follow-up/scan/dates.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import { AppError, forbidden, notFound, type FieldError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { translator, type MessageKey } from '../platform/i18n/translate.js';
import { UNDER_WAY, type ClosureStep, type ClosureStepName } from './closure.js';
import { readClosurePolicy } from './closure-policy.js';
import {
  getClosureWithAccount,
  latestClosure,
  mayWorkOnClosure,
  type ClosureDetail,
} from './closure-queries.js';
import type { ClosureStepInput } from './schemas.js';

// The account history is the municipality's record, kept in its own language.
const sv = translator('sv');

const refuse = (message: MessageKey) => new AppError('conflict', [{ path: [], message }]);

/** What a step waits for: deletion after archiving and announcing, then confirmation; or null. */
export function waitingFor(steps: ClosureStep[], step: ClosureStepName): MessageKey | null {
  const state = (name: ClosureStepName) => steps.find((s) => s.step === name)?.state ?? 'done';
  if (step === 'delete') {
    if (state('archive') !== 'done') return 'closures.archive_first';
    if (state('announce') === 'todo') return 'closures.announce_first';
  }
  if (step === 'confirm_gone' && state('delete') !== 'done') return 'closures.delete_first';
  return null;
}

function assertInOrder(steps: ClosureStep[], step: ClosureStepName): void {
  const waiting = waitingFor(steps, step);
  if (waiting) throw refuse(waiting);
}

/** The checks on what was sent for the step, every field's problem at once. */
function assertInput(target: ClosureStep, input: ClosureStepInput, today: string): void {
  const errors: FieldError[] = [];
  if (input.outcome === 'skipped' && target.required)
    errors.push({ path: ['outcome'], message: 'closures.step_required' });
  if (input.outcome === 'blocked') {
    if (target.step !== 'delete')
      errors.push({ path: ['outcome'], message: 'closures.blocked_only_delete' });
    if (input.attemptedOn && input.attemptedOn > today)
      errors.push({ path: ['attemptedOn'], message: 'closures.attempt_in_future' });
  }
  if (input.outcome === 'done' && target.step === 'archive') {
    if (!input.kind) errors.push({ path: ['kind'], message: 'closures.kind_required' });
    if (!input.reference)
      errors.push({ path: ['reference'], message: 'closures.reference_required' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', errors);
}

/**
 * Carries out one step of an account's closure: done, skipped (steps that are not required) or,
 * for the deletion, blocked at the platform with the attempt, its case reference and when to try
 * again. Archiving records the reference on the account; the last required step closes it.
 * Returns the closure as it now stands.
 */
export async function completeClosureStep(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  step: ClosureStepName,
  input: ClosureStepInput,
): Promise<ClosureDetail> {
  const { account, unitPath, current } = await getClosureWithAccount(db, accountId);
  if (!(await mayWorkOnClosure(db, actor, account, unitPath)).steps) throw forbidden();
  if (!current || !UNDER_WAY.includes(current.closure.status))
    throw refuse('closures.not_under_way');
  const { closure, steps } = current;
  if (input.version !== undefined && input.version !== closure.version)
    throw new AppError('stale_version');
  const target = steps.find((s) => s.step === step);
  if (!target) throw notFound();
  if (target.state !== 'todo') throw refuse('closures.step_settled');
  const today = stockholmDate(clock.now());
  assertInput(target, input, today);
  assertInOrder(steps, step);
  const policy = await readClosurePolicy(db);
  await db.transaction().execute(async (tx) => {
    const now = clock.now().toISOString();
    const set: Record<string, string | number | null> = {};
    let action = 'closure.step';
    let historyReason = input.note ?? '';
    const after: Record<string, unknown> = { closureId: closure.id, step, outcome: input.outcome };
    let acct = account;
    if (input.outcome === 'blocked') {
      const attemptedOn = input.attemptedOn ?? today;
      const retryDays = input.retryDays ?? closure.retryDays ?? policy.retryDays;
      const caseReference = input.caseReference ?? '';
      await tx
        .insertInto('closure_attempts')
        .values({
          closure_id: closure.id,
          attempted_on: attemptedOn,
          recorded_by: actor.userId,
          note: input.note,
          case_reference: caseReference,
          created_at: now,
        })
        .execute();
      Object.assign(set, {
        status: 'blocked',
        blocked_since: closure.blockedSince ?? attemptedOn,
        platform_case_reference: caseReference || closure.platformCaseReference,
        retry_days: retryDays,
        next_attempt_on: shiftDate(attemptedOn, retryDays),
      });
      action = 'closure.blocked';
      if (caseReference)
        historyReason += ` (${sv('closures.case_reference_short')} ${caseReference})`;
      Object.assign(after, { attemptedOn, caseReference, nextAttemptOn: set.next_attempt_on });
    } else {
      const updated = await tx
        .updateTable('closure_steps')
        .set({
          state: input.outcome,
          kind: input.outcome === 'done' ? (input.kind ?? '') : '',
          reference: input.outcome === 'done' ? (input.reference ?? '') : '',
          note: input.note ?? '',
          done_by: actor.userId,
          done_at: now,
        })
        .where('closure_id', '=', closure.id)
        .where('step', '=', step)
        .where('state', '=', 'todo')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
      if (input.outcome === 'done')
        Object.assign(after, { kind: input.kind, reference: input.reference });
      if (step === 'archive' && input.outcome === 'done')
        acct = await recordDisposalReference(tx, clock, actor, account, input.reference ?? '');
      if (step === 'delete' && closure.status === 'blocked')
        Object.assign(set, { status: 'open', next_attempt_on: null });
      const settled = steps.map((s) => (s.step === step ? { ...s, state: input.outcome } : s));
      if (settled.every((s) => !s.required || s.state !== 'todo')) {
        Object.assign(set, { status: 'done', finished_by: actor.userId, finished_at: now });
        action = 'closure.done';
      }
    }
    const bumped = await tx
      .updateTable('closures')
      .set({ ...set, version: closure.version + 1 })
      .where('id', '=', closure.id)
      .where('version', '=', closure.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) throw new AppError('stale_version');
    await writeHistory(
      tx,
      clock,
      account.id,
      actor.userId,
      [{ field: `closure.${step}`, oldValue: null, newValue: input.outcome }],
      { reason: historyReason.trim() },
    );
    if (action === 'closure.done' && acct.status !== 'closed')
      await writeAccountStatus(tx, clock, actor.userId, acct, {
        status: 'closed',
        reason: sv('closures.closed_reason'),
        effectiveOn: today,
      });
    await bumpRegisterVersion(tx);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action,
      objectType: 'account',
      objectId: account.id,
      unitId: account.unitId,
      summary: `${account.displayName}: ${sv(`closures.step.${step}`)}`,
      before: { status: closure.status, step: target.state },
      after: { ...after, note: input.note ?? '' },
    });
  });
  const detail = await latestClosure(db, accountId);
  if (!detail) throw notFound();
  return detail;
}

/** Writes the archive's or disposal decision's reference on the account, with its history. */
async function recordDisposalReference(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  account: Account,
  reference: string,
): Promise<Account> {
  if (account.disposalReference === reference) return account;
  const now = clock.now().toISOString();
  const updated = await tx
    .updateTable('accounts')
    .set({ disposal_reference: reference, version: account.version + 1, updated_at: now })
    .where('id', '=', account.id)
    .where('version', '=', account.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
  await writeHistory(tx, clock, account.id, actor.userId, [
    { field: 'disposalReference', oldValue: account.disposalReference, newValue: reference },
  ]);
  return { ...account, disposalReference: reference, version: account.version + 1, updatedAt: now };
}
