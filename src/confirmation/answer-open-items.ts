import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import type { Outcome } from './round.js';

// A later answer of more weight replaces an earlier one: a correction after a confirmation, and
// a closure after either; a plain confirmation never hides a correction.
const REPLACES: Record<Outcome, readonly Outcome[]> = {
  confirmed: [],
  corrected: ['confirmed'],
  closed: ['confirmed', 'corrected', 'gone'],
  gone: ['confirmed', 'corrected', 'closed'],
};

/** Records the answer on the account's items in open rounds; returns how many items changed. */
export async function answerOpenItems(
  tx: Tx,
  clock: Clock,
  actorUserId: number,
  accountId: number,
  outcome: Outcome,
  note = '',
): Promise<number> {
  const replaced = REPLACES[outcome];
  const result = await tx
    .updateTable('confirmation_items')
    .set({
      outcome,
      answered_at: clock.now().toISOString(),
      answered_by: actorUserId,
      note,
    })
    .where('account_id', '=', accountId)
    .where('round_id', 'in', (eb) =>
      eb.selectFrom('confirmation_rounds').select('id').where('status', '=', 'open'),
    )
    .where((eb) =>
      replaced.length > 0
        ? eb.or([eb('outcome', 'is', null), eb('outcome', 'in', replaced)])
        : eb('outcome', 'is', null),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
