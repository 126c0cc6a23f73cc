import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { HandoverReason } from './handover.js';
import { responsibleUnits } from './responsible-units.js';

/** An account_people row of the person that is to be flagged. */
export interface RowToFlag {
  rowId: number;
  displayName: string;
  unitPath: string;
}

// Summaries are read in lists; the full list of names is in the row's after_json.
const SUMMARY_MAX = 500;

/**
 * Flags the rows as left and makes sure the manager answering for each account has an open
 * task for this person, one per responsible unit; returns the ids of the tasks touched.
 */
export async function flagAccountsLeft(
  tx: Tx,
  clock: Clock,
  actorUserId: number | null,
  person: { id: number; name: string },
  reason: HandoverReason,
  rows: RowToFlag[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const now = clock.now().toISOString();
  await tx
    .updateTable('account_people')
    .set({ left_reason: reason, left_on: stockholmDate(clock.now()) })
    .where(
      'id',
      'in',
      rows.map((r) => r.rowId),
    )
    .execute();
  const units = await responsibleUnits(
    tx,
    person.id,
    rows.map((r) => r.unitPath),
  );
  const byUnit = new Map<number, string[]>();
  for (const row of rows) {
    const unitId = units.get(row.unitPath)!;
    byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), row.displayName]);
  }
  const taskIds: number[] = [];
  for (const [unitId, names] of byUnit) {
    const open = await tx
      .selectFrom('handover_tasks')
      .select(['id', 'reason'])
      .where('user_id', '=', person.id)
      .where('unit_id', '=', unitId)
      .where('completed_at', 'is', null)
      .executeTakeFirst();
    let id = open?.id;
    if (open && open.reason !== reason && reason === 'departed')
      await tx.updateTable('handover_tasks').set({ reason }).where('id', '=', open.id).execute();
    if (id === undefined)
      ({ id } = await tx
        .insertInto('handover_tasks')
        .values({
          user_id: person.id,
          unit_id: unitId,
          reason,
          created_at: now,
          created_by: actorUserId,
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    taskIds.push(id);
    await recordAuditEvent(tx, clock, {
      actorUserId,
      action: open ? 'handover.extend' : 'handover.create',
      objectType: 'handover',
      objectId: id,
      unitId,
      summary: `${person.name}: ${names.join(', ')}`.slice(0, SUMMARY_MAX),
      ...(open && { before: { reason: open.reason } }),
      after: { userId: person.id, unitId, reason, accounts: names },
    });
  }
  return taskIds;
}
