import type { AccountStatus } from '../accounts/account.js';
import { writeAccountStatus } from '../accounts/change-account-status.js';
import { bumpRegisterVersion } from '../accounts/register-version.js';
import { writeHistory } from '../accounts/write-history.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, forbidden, notFound } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { translator } from '../platform/i18n/translate.js';
import { UNDER_WAY } from './closure.js';
import {
  getClosureWithAccount,
  latestClosure,
  mayWorkOnClosure,
  type ClosureDetail,
} from './closure-queries.js';
import type { CancelClosureInput } from './schemas.js';

// The account history is the municipality's record, kept in its own language.
const sv = translator('sv');

/**
 * Cancels the closure under way, with a reason: the account goes back to the status it had
 * (a `closing` account from before closures existed goes back to `active`). What was done stays
 * recorded. Returns the cancelled closure.
 */
export async function cancelClosure(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: CancelClosureInput,
): Promise<ClosureDetail> {
  const { account, unitPath, current } = await getClosureWithAccount(db, accountId);
  if (!(await mayWorkOnClosure(db, actor, account, unitPath)).manage) throw forbidden();
  if (!current || !UNDER_WAY.includes(current.closure.status))
    throw new AppError('conflict', [{ path: [], message: 'closures.not_under_way' }]);
  const { closure } = current;
  if (input.version !== undefined && input.version !== closure.version)
    throw new AppError('stale_version');
  const restored = (
    closure.priorStatus === 'closing' ? 'active' : closure.priorStatus
  ) as AccountStatus;
  await db.transaction().execute(async (tx) => {
    const now = clock.now().toISOString();
    const updated = await tx
      .updateTable('closures')
      .set({
        status: 'cancelled',
        cancelled_reason: input.reason,
        cancelled_by: actor.userId,
        cancelled_at: now,
        next_attempt_on: null,
        version: closure.version + 1,
      })
      .where('id', '=', closure.id)
      .where('version', '=', closure.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
    await writeHistory(
      tx,
      clock,
      account.id,
      actor.userId,
      [{ field: 'closure.cancel', oldValue: null, newValue: 'cancelled' }],
      { reason: input.reason },
    );
    if (account.status === 'closing' && restored !== 'closing')
      await writeAccountStatus(tx, clock, actor.userId, account, {
        status: restored,
        reason: `${sv('closures.cancelled_reason')}: ${input.reason}`,
        effectiveOn: stockholmDate(clock.now()),
      });
    await bumpRegisterVersion(tx);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'closure.cancel',
      objectType: 'account',
      objectId: account.id,
      unitId: account.unitId,
      summary: `${account.displayName}: ${input.reason}`,
      before: { status: closure.status, accountStatus: account.status },
      after: { closureId: closure.id, reason: input.reason, accountStatus: restored },
    });
  });
  const detail = await latestClosure(db, accountId);
  if (!detail) throw notFound();
  return detail;
}
