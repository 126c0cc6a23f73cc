import { writeAccountStatus } from '../accounts/change-account-status.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, fieldError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { answerOpenItems } from './answer-open-items.js';
import { assertOpenAccount } from './assert-open-account.js';
import { loadConfirmable } from './load-confirmable.js';
import type { ReportEndedInput } from './schemas.js';

/**
 * Records that an account is closed or gone, as its people report it: the register's status
 * change (with its history and audit trail) and the answer on its open round items, together.
 */
export async function reportAccountEnded(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: ReportEndedInput,
): Promise<void> {
  const { account } = await loadConfirmable(db, actor, accountId);
  assertOpenAccount(account);
  if (input.version !== undefined && input.version !== account.version)
    throw new AppError('stale_version');
  const today = stockholmDate(clock.now());
  const effectiveOn = input.effectiveOn ?? today;
  if (effectiveOn > today) throw fieldError('effectiveOn', 'accounts.effective_in_future');
  await db.transaction().execute(async (tx) => {
    await writeAccountStatus(tx, clock, actor.userId, account, {
      status: input.outcome,
      reason: input.reason,
      effectiveOn,
    });
    await answerOpenItems(tx, clock, actor.userId, accountId, input.outcome, input.reason);
  });
}
