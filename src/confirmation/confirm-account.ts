import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { answerOpenItems } from './answer-open-items.js';
import { assertOpenAccount } from './assert-open-account.js';
import { loadConfirmable } from './load-confirmable.js';
import { markConfirmed } from './mark-confirmed.js';

/** What confirming did. */
export interface ConfirmResult {
  confirmedOn: string;
  /** Items of open rounds answered by it. */
  answered: number;
}

/**
 * Confirms an account's record as it stands, in a round or outside one: the account is marked
 * confirmed today and its unanswered items in open rounds are answered "confirmed". `version`,
 * when given, must be the version the person saw.
 */
export async function confirmAccount(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  version?: number,
): Promise<ConfirmResult> {
  const target = await loadConfirmable(db, actor, accountId);
  const { account } = target;
  assertOpenAccount(account);
  if (version !== undefined && version !== account.version) throw new AppError('stale_version');
  const today = stockholmDate(clock.now());
  return db.transaction().execute(async (tx) => {
    await markConfirmed(
      tx,
      clock,
      actor.userId,
      { ...account, confirmedOn: target.confirmedOn },
      today,
      'confirmed',
    );
    const answered = await answerOpenItems(tx, clock, actor.userId, account.id, 'confirmed');
    return { confirmedOn: today, answered };
  });
}
