import { identityAsEdited } from '../accounts/account-form-values.js';
import { updateAccount } from '../accounts/update-account.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { actForAccount } from './act-for-account.js';
import { answerOpenItems } from './answer-open-items.js';
import { assertOpenAccount } from './assert-open-account.js';
import { loadConfirmable } from './load-confirmable.js';
import { markConfirmed } from './mark-confirmed.js';
import type { CorrectAccountInput } from './schemas.js';

/** What a correction did: "corrected" when a field changed, else it was a plain confirmation. */
export interface CorrectResult {
  outcome: 'corrected' | 'confirmed';
  confirmedOn: string;
}

/**
 * Corrects the key fields of an account through the register's own update (so that its history
 * and audit trail are written as for any edit), then marks it confirmed and answers its open
 * round items "corrected", or "confirmed" when nothing differed.
 */
export async function correctAccount(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: CorrectAccountInput,
): Promise<CorrectResult> {
  const target = await loadConfirmable(db, actor, accountId);
  const { account } = target;
  assertOpenAccount(account);
  if (input.version !== undefined && input.version !== account.version)
    throw new AppError('stale_version');
  // The address is read as the register's own form reads it: a new one names the account anew.
  const edit = identityAsEdited(
    {
      ...input,
      platform: account.platform,
      handle: account.handle,
      platformAccountId: account.platformAccountId,
    },
    account,
  );
  const updated = await updateAccount(db, clock, actForAccount(actor, target), accountId, edit);
  const outcome = updated.version === account.version ? 'confirmed' : 'corrected';
  const today = stockholmDate(clock.now());
  await db.transaction().execute(async (tx) => {
    await markConfirmed(
      tx,
      clock,
      actor.userId,
      { ...updated, confirmedOn: target.confirmedOn },
      today,
      outcome,
    );
    await answerOpenItems(tx, clock, actor.userId, accountId, outcome);
  });
  return { outcome, confirmedOn: today };
}
