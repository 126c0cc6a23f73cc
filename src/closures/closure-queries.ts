import type { Account } from '../accounts/account.js';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import {
  toClosure,
  toClosureAttempt,
  toClosureStep,
  type Closure,
  type ClosureAttempt,
  type ClosureStep,
} from './closure.js';

/** A closure with its checklist and the attempts to delete the account. */
export interface ClosureDetail {
  closure: Closure;
  steps: ClosureStep[];
  attempts: ClosureAttempt[];
}

/** An account with its unit's path and its latest closure (the one under way, if any). */
export interface ClosureWithAccount {
  account: Account;
  unitPath: string;
  current: ClosureDetail | null;
}

/** The latest closure of an account with its steps and attempts, or null when it has none. */
export async function latestClosure(db: DbOrTx, accountId: number): Promise<ClosureDetail | null> {
  const row = await db
    .selectFrom('closures')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const [steps, attempts] = await Promise.all([
    db
      .selectFrom('closure_steps')
      .selectAll()
      .where('closure_id', '=', row.id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('closure_attempts')
      .selectAll()
      .where('closure_id', '=', row.id)
      .orderBy('id')
      .execute(),
  ]);
  return {
    closure: toClosure(row),
    steps: steps.map(toClosureStep),
    attempts: attempts.map(toClosureAttempt),
  };
}

/** One account (or not found) with the path of its unit and its latest closure. */
export async function getClosureWithAccount(
  db: DbOrTx,
  accountId: number,
): Promise<ClosureWithAccount> {
  const { account, unitPath } = await getAccountWithUnitPath(db, accountId);
  return { account, unitPath, current: await latestClosure(db, accountId) };
}

/** What the actor may do with an account's closure. */
export interface ClosureRights {
  /** Start or cancel: the unit's manager, communicator or an administrator, or the owner. */
  manage: boolean;
  /** Carry out the checklist's steps: the same, and the account's deputies. */
  steps: boolean;
}

/** Whether the actor may start, cancel or work on the closure of an account. */
export async function mayWorkOnClosure(
  db: DbOrTx,
  actor: Actor,
  account: Pick<Account, 'id'>,
  unitPath: string,
): Promise<ClosureRights> {
  if (can(actor, 'closure.manage', unitPath)) return { manage: true, steps: true };
  const roles = await db
    .selectFrom('account_people')
    .select('role')
    .where('account_id', '=', account.id)
    .where('user_id', '=', actor.userId)
    .where('left_reason', 'is', null)
    .where('role', 'in', ['owner', 'deputy'])
    .execute();
  const owner = roles.some((r) => r.role === 'owner');
  return { manage: owner, steps: owner || roles.length > 0 };
}

/** The names of the people a closure mentions, by id. */
export async function closurePeopleNames(
  db: DbOrTx,
  detail: ClosureDetail | null,
): Promise<Map<number, string>> {
  if (!detail) return new Map();
  const { closure: c } = detail;
  const ids = [
    c.startedBy,
    c.cancelledBy,
    c.finishedBy,
    ...detail.steps.map((s) => s.doneBy),
    ...detail.attempts.map((a) => a.recordedBy),
  ].filter((id): id is number => id !== null);
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Whether a closure of the account is open or blocked. */
export async function closureUnderWay(db: DbOrTx, accountId: number): Promise<boolean> {
  const row = await db
    .selectFrom('closures')
    .select('id')
    .where('account_id', '=', accountId)
    .where('status', 'in', ['open', 'blocked'])
    .executeTakeFirst();
  return !!row;
}
