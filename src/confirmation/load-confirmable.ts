import type { Account } from '../accounts/account.js';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { forbidden } from '../platform/http/errors.js';

/** An account the actor may confirm, with what confirming needs to know. */
export interface ConfirmableAccount {
  account: Account;
  unitPath: string;
  confirmedOn: string | null;
  /** The actor is its owner or a deputy (and has not left it). */
  answersFor: boolean;
  /** The actor may change accounts at its unit anyway. */
  canEdit: boolean;
}

/** Whether the person is an owner or deputy of the account who has not left it. */
export async function answersForAccount(
  db: DbOrTx,
  userId: number,
  accountId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('account_people')
    .select('id')
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .where('role', 'in', ['owner', 'deputy'])
    .where('left_reason', 'is', null)
    .executeTakeFirst();
  return !!row;
}

/**
 * Loads an account for confirming: its owner and deputies may confirm it, and so may anyone who
 * may change accounts at its unit; anyone else is refused.
 */
export async function loadConfirmable(
  db: DbOrTx,
  actor: Actor,
  accountId: number,
): Promise<ConfirmableAccount> {
  const { account, unitPath } = await getAccountWithUnitPath(db, accountId);
  const canEdit = can(actor, 'account.edit', unitPath);
  const answersFor = await answersForAccount(db, actor.userId, accountId);
  if (!canEdit && !answersFor) throw forbidden();
  const row = await db
    .selectFrom('accounts')
    .select('confirmed_on')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return { account, unitPath, confirmedOn: row.confirmed_on, answersFor, canEdit };
}
