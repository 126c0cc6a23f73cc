import type { Actor } from '../../src/platform/auth/policy.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';
import { startClosure } from '../../src/closures/start-closure.js';
import type { StartClosureInput } from '../../src/closures/schemas.js';

/** Starts a closure of an account as an actor who may, with `no_longer_needed` unless told. */
export function startClosureOf(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: Partial<StartClosureInput> = {},
) {
  return startClosure(db, clock, actor, accountId, { reason: 'no_longer_needed', ...input });
}

/** The closures of an account, oldest first. */
export function closuresOf(db: Db, accountId: number) {
  return db
    .selectFrom('closures')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
}

/** The checklist of a closure as `step:state`, in its order. */
export async function stepStates(db: Db, closureId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('closure_steps')
    .select(['step', 'state'])
    .where('closure_id', '=', closureId)
    .orderBy('position')
    .execute();
  return rows.map((r) => `${r.step}:${r.state}`);
}

/** An account's history rows of closures as `field new_value`, oldest first. */
export async function closureHistory(db: Db, accountId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('account_history')
    .select(['field', 'new_value'])
    .where('account_id', '=', accountId)
    .where('field', 'like', 'closure.%')
    .orderBy('id')
    .execute();
  return rows.map((r) => `${r.field} ${r.new_value}`);
}

/** The account's status as stored. */
export async function accountStatus(db: Db, accountId: number): Promise<string> {
  const row = await db
    .selectFrom('accounts')
    .select('status')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return row.status;
}

/** Sets an account's status straight in the table, as a record from before closures existed. */
export async function setStatusDirectly(db: Db, accountId: number, status: string) {
  await db.updateTable('accounts').set({ status }).where('id', '=', accountId).execute();
}
