import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { flagRotationAfterLeaving } from '../credentials/flag-rotation.js';
import { closeEmptyTasks } from './close-empty-tasks.js';
import { flagAccountsLeft } from './flag-accounts-left.js';

/** What a move flagged, for the user change's own audit row. */
export interface MoveEffects {
  accounts: number;
  tasks: number[];
  rotationFlagged: number[];
}

/**
 * A person now works at another unit: the accounts they own or deputise for outside it are
 * flagged and handed over by their managers; accounts of the new unit flagged by an earlier
 * move are theirs again. Runs in the transaction that changes the person's home unit.
 */
export async function recordMove(
  tx: Tx,
  clock: Clock,
  actorUserId: number | null,
  person: { id: number; name: string },
  newUnitPath: string,
): Promise<MoveEffects> {
  const held = tx
    .selectFrom('account_people as ap')
    .innerJoin('accounts as a', 'a.id', 'ap.account_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .where('ap.user_id', '=', person.id)
    .where('ap.role', 'in', ['owner', 'deputy']);
  // Paths hold only digits and slashes, so they need no escaping in a pattern.
  const inside = `${newUnitPath}%`;
  const rows = await held
    .select([
      'ap.id as rowId',
      'a.id as accountId',
      'a.display_name as displayName',
      'u.path as unitPath',
    ])
    .where('ap.left_reason', 'is', null)
    .where('u.path', 'not like', inside)
    .orderBy('a.name_key')
    .orderBy('a.id')
    .execute();
  const back = await held
    .select('ap.id')
    .where('ap.left_reason', '=', 'moved')
    .where('u.path', 'like', inside)
    .execute();
  if (back.length > 0) {
    await tx
      .updateTable('account_people')
      .set({ left_reason: null, left_on: null })
      .where(
        'id',
        'in',
        back.map((b) => b.id),
      )
      .execute();
    await closeEmptyTasks(tx, clock, actorUserId, [person.id], 'handover.cancel');
  }
  const tasks = await flagAccountsLeft(tx, clock, actorUserId, person, 'moved', rows);
  const rotationFlagged =
    rows.length > 0
      ? await flagRotationAfterLeaving(
          tx,
          clock.now().toISOString(),
          person.id,
          'moved',
          rows.map((r) => r.accountId),
        )
      : [];
  return { accounts: rows.length, tasks, rotationFlagged };
}
