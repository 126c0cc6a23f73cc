import type { Account } from '../accounts/account.js';
import { writeAccountStatus } from '../accounts/change-account-status.js';
import { isUniqueViolation } from '../accounts/find-duplicate.js';
import { bumpRegisterVersion } from '../accounts/register-version.js';
import { writeHistory } from '../accounts/write-history.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { translator } from '../platform/i18n/translate.js';
import { CLOSURE_STEPS, toClosure, type Closure, type ClosureReason } from './closure.js';
import { readClosurePolicy } from './closure-policy.js';

// The account history is the municipality's record, kept in its own language.
const sv = translator('sv');

/** What a closure starts with. */
export interface OpenClosureInput {
  reason: ClosureReason;
  note?: string;
  auditId?: number | null;
  /** The end date that started it by itself. */
  endDate?: string | null;
}

/** Refuses a second closure of an account while one is under way. */
export const alreadyOpen = () =>
  new AppError('conflict', [{ path: [], message: 'closures.already_open' }]);

/**
 * Opens a closure in the caller's transaction: the checklist from the policy (taking the account
 * off the public list is done at once, by the status), the account to `closing`, its history and
 * the audit trail. Shared by a person starting it and the sweep at an end date.
 */
export async function openClosure(
  tx: Tx,
  clock: Clock,
  actorUserId: number | null,
  account: Account,
  input: OpenClosureInput,
): Promise<Closure> {
  const policy = await readClosurePolicy(tx);
  const now = clock.now().toISOString();
  const today = stockholmDate(clock.now());
  const note = input.note ?? '';
  let row;
  try {
    row = await tx
      .insertInto('closures')
      .values({
        account_id: account.id,
        reason: input.reason,
        note,
        audit_id: input.auditId ?? null,
        end_date: input.endDate ?? null,
        prior_status: account.status,
        status: 'open',
        started_by: actorUserId,
        started_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyOpen();
    throw error;
  }
  const announceRequired = policy.announce[account.type];
  await tx
    .insertInto('closure_steps')
    .values(
      CLOSURE_STEPS.map((step, i) => {
        const unlist = step === 'unlist';
        return {
          closure_id: row.id,
          step,
          position: i + 1,
          required: step === 'announce' && !announceRequired ? 0 : 1,
          state: unlist ? 'done' : 'todo',
          note: unlist ? sv('closures.unlist_automatic') : '',
          done_by: unlist ? actorUserId : null,
          done_at: unlist ? now : null,
        };
      }),
    )
    .execute();
  const reasonText = sv(`closures.reason.${input.reason}`);
  if (account.status !== 'closing')
    await writeAccountStatus(tx, clock, actorUserId, account, {
      status: 'closing',
      reason: sv('closures.status_reason', { reason: reasonText }) + (note ? `: ${note}` : ''),
      effectiveOn: today,
    });
  await writeHistory(
    tx,
    clock,
    account.id,
    actorUserId,
    [{ field: 'closure.start', oldValue: null, newValue: input.reason }],
    { reason: note },
  );
  await bumpRegisterVersion(tx);
  await recordAuditEvent(tx, clock, {
    actorUserId,
    action: 'closure.start',
    objectType: 'account',
    objectId: account.id,
    unitId: account.unitId,
    summary: `${account.displayName}: ${reasonText}`,
    before: { status: account.status },
    after: {
      closureId: row.id,
      reason: input.reason,
      note,
      auditId: input.auditId ?? null,
      endDate: input.endDate ?? null,
    },
  });
  return toClosure(row);
}
