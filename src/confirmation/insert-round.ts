import { sql } from 'kysely';
import { OPEN_STATUSES } from '../accounts/account.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';

/** A round about to be opened, already checked. */
export interface NewRound {
  unitId: number;
  unitPath: string;
  unitName: string;
  title: string;
  year: number;
  opensOn: string;
  closesOn: string;
  /** Null when the policy's schedule opens it. */
  createdBy: number | null;
}

/**
 * Writes the round and one item for every open account in its units, each item remembering the
 * account's unit as it stood at opening, and the audit-trail row; in the caller's transaction.
 */
export async function insertRound(
  tx: Tx,
  clock: Clock,
  round: NewRound,
): Promise<{ id: number; items: number }> {
  const now = clock.now().toISOString();
  const { id } = await tx
    .insertInto('confirmation_rounds')
    .values({
      unit_id: round.unitId,
      title: round.title,
      year: round.year,
      opens_on: round.opensOn,
      closes_on: round.closesOn,
      status: 'open',
      created_by: round.createdBy,
      created_at: now,
      closed_at: null,
      closed_by: null,
      report_json: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // One statement, so that a round over 100,000 accounts opens as fast as one over ten.
  const inserted = await tx
    .insertInto('confirmation_items')
    .columns(['round_id', 'account_id', 'unit_id'])
    .expression(
      tx
        .selectFrom('accounts as a')
        .innerJoin('units as u', 'u.id', 'a.unit_id')
        .select([sql<number>`${sql.lit(id)}`.as('round_id'), 'a.id', 'a.unit_id'])
        .where('u.path', 'like', `${round.unitPath}%`)
        .where('a.status', 'in', OPEN_STATUSES)
        // Items numbered in the accounts' order: a window of either's ids is one of the other's.
        .orderBy('a.id'),
    )
    .executeTakeFirst();
  const items = Number(inserted.numInsertedOrUpdatedRows ?? 0);
  await recordAuditEvent(tx, clock, {
    actorUserId: round.createdBy,
    action: 'round.open',
    objectType: 'round',
    objectId: id,
    unitId: round.unitId,
    summary: round.title,
    after: {
      unit: round.unitName,
      year: round.year,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      accounts: items,
      scheduled: round.createdBy === null,
    },
  });
  return { id, items };
}
