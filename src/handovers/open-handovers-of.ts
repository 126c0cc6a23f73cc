import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { HandoverReason } from './handover.js';
import { openTaskAccounts } from './task-accounts.js';

/** An open task about a person, as their user page lists it. */
export interface PersonHandover {
  id: number;
  unitName: string;
  reason: HandoverReason;
  accountsLeft: number;
  /** Whether the actor may open the task (handover.manage at its unit). */
  canOpen: boolean;
}

/** The open handover tasks about a person, with how many accounts each still waits for. */
export async function openHandoversOf(
  db: DbOrTx,
  actor: Actor,
  userId: number,
): Promise<PersonHandover[]> {
  const [tasks, { byTask }] = await Promise.all([
    db
      .selectFrom('handover_tasks as t')
      .innerJoin('units as u', 'u.id', 't.unit_id')
      .select(['t.id', 't.reason', 'u.name', 'u.path'])
      .where('t.user_id', '=', userId)
      .where('t.completed_at', 'is', null)
      .orderBy('t.id')
      .execute(),
    openTaskAccounts(db, [userId]),
  ]);
  return tasks.map((t) => ({
    id: t.id,
    unitName: t.name,
    reason: t.reason as HandoverReason,
    accountsLeft: byTask.get(t.id)?.length ?? 0,
    canOpen: can(actor, 'handover.manage', t.path),
  }));
}
