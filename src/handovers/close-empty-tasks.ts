import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { openTaskAccounts } from './task-accounts.js';

/**
 * Closes the open tasks of these people that have no account left to hand over: `complete` after
 * a handover, `cancel` when the person came back. Returns the ids closed.
 */
export async function closeEmptyTasks(
  tx: Tx,
  clock: Clock,
  actorUserId: number | null,
  userIds: number[],
  action: 'handover.complete' | 'handover.cancel',
): Promise<number[]> {
  const { byTask } = await openTaskAccounts(tx, userIds);
  const empty = [...byTask].filter(([, rows]) => rows.length === 0).map(([id]) => id);
  if (empty.length === 0) return [];
  const tasks = await tx
    .selectFrom('handover_tasks as t')
    .innerJoin('users as p', 'p.id', 't.user_id')
    .select(['t.id', 't.unit_id', 't.reason', 'p.name'])
    .where('t.id', 'in', empty)
    .orderBy('t.id')
    .execute();
  const now = clock.now().toISOString();
  await tx
    .updateTable('handover_tasks')
    .set({ completed_at: now, completed_by: actorUserId })
    .where('id', 'in', empty)
    .where('completed_at', 'is', null)
    .execute();
  for (const task of tasks)
    await recordAuditEvent(tx, clock, {
      actorUserId,
      action,
      objectType: 'handover',
      objectId: task.id,
      unitId: task.unit_id,
      summary: task.name,
      before: { status: 'open', reason: task.reason },
      after: { status: 'done' },
    });
  return empty;
}
