import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { closeEmptyTasks } from './close-empty-tasks.js';

/**
 * A deactivated person is active again: the accounts not yet handed over are theirs once more,
 * and the tasks left with nothing to hand over are closed. Accounts already handed over stay
 * with their successors, and credentials flagged for a change stay flagged.
 */
export async function recordReturn(
  tx: Tx,
  clock: Clock,
  actorUserId: number | null,
  personId: number,
): Promise<{ accounts: number; tasksClosed: number[] }> {
  const cleared = await tx
    .updateTable('account_people')
    .set({ left_reason: null, left_on: null })
    .where('user_id', '=', personId)
    .where('left_reason', '=', 'departed')
    .returning('id')
    .execute();
  const tasksClosed = await closeEmptyTasks(tx, clock, actorUserId, [personId], 'handover.cancel');
  return { accounts: cleared.length, tasksClosed };
}
