import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { flagRotationAfterLeaving } from '../credentials/flag-rotation.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { flagAccountsLeft } from './flag-accounts-left.js';

/** What a departure flagged, for the deactivation's own audit row. */
export interface DepartureEffects {
  accounts: number;
  tasks: number[];
  rotationFlagged: number[];
}

/**
 * A person has left: every account they answer for is flagged, their managers get handover
 * tasks and the credentials they could see are to be changed. Runs in the deactivation's
 * transaction, whoever deactivates (an administrator, or later single sign-on).
 */
export async function recordDeparture(
  tx: Tx,
  clock: Clock,
  actorUserId: number | null,
  person: { id: number; name: string },
): Promise<DepartureEffects> {
  const rows = await tx
    .selectFrom('account_people as ap')
    .innerJoin('accounts as a', 'a.id', 'ap.account_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['ap.id as rowId', 'a.display_name as displayName', 'u.path as unitPath'])
    .where('ap.user_id', '=', person.id)
    .where('ap.left_reason', 'is', null)
    .orderBy('a.name_key')
    .orderBy('a.id')
    .execute();
  const tasks = await flagAccountsLeft(tx, clock, actorUserId, person, 'departed', rows);
  // Someone who moved and then left can no longer keep the accounts of their old unit.
  await tx
    .updateTable('account_people')
    .set({ left_reason: 'departed' })
    .where('user_id', '=', person.id)
    .where('left_reason', '=', 'moved')
    .execute();
  const moved = await tx
    .updateTable('handover_tasks')
    .set({ reason: 'departed' })
    .where('user_id', '=', person.id)
    .where('reason', '=', 'moved')
    .where('completed_at', 'is', null)
    .returning(['id', 'unit_id'])
    .execute();
  for (const task of moved)
    await recordAuditEvent(tx, clock, {
      actorUserId,
      action: 'handover.update',
      objectType: 'handover',
      objectId: task.id,
      unitId: task.unit_id,
      summary: person.name,
      before: { reason: 'moved' },
      after: { reason: 'departed' },
    });
  const rotationFlagged = await flagRotationAfterLeaving(
    tx,
    clock.now().toISOString(),
    person.id,
    'departed',
  );
  const all = [...new Set([...tasks, ...moved.map((m) => m.id)])];
  return { accounts: rows.length, tasks: all, rotationFlagged };
}
