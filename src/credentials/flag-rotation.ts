import type { Tx } from '../platform/db/database.js';

/** Why a stored credential must be changed before its interval is up. */
export type RotateReason = 'departed' | 'moved';

/** Audit-trail actions that showed a stored credential to its actor. */
export const REVEAL_ACTIONS = ['credential.reveal', 'credential.copy'] as const;

/**
 * Flags "rotate credentials" on every vault record the person could see: accounts they answered
 * for, and any whose credential they revealed (an administrator may have seen any). Returns the
 * ids of the accounts newly flagged. `within` limits it to some accounts (those a person who
 * moved no longer answers for).
 */
export async function flagRotationAfterLeaving(
  tx: Tx,
  now: string,
  userId: number,
  reason: RotateReason,
  within?: readonly number[],
): Promise<number[]> {
  const held = await tx
    .selectFrom('account_people')
    .select('account_id')
    .where('user_id', '=', userId)
    .where('role', 'in', ['owner', 'deputy'])
    .execute();
  const revealed = await tx
    .selectFrom('audit_events')
    .select('object_id')
    .distinct()
    .where('actor_user_id', '=', userId)
    .where('object_type', '=', 'credential')
    .where('action', 'in', [...REVEAL_ACTIONS])
    .execute();
  const ids = [
    ...new Set([...held.map((r) => r.account_id), ...revealed.map((r) => Number(r.object_id))]),
  ].filter((id) => !within || within.includes(id));
  if (ids.length === 0) return [];
  const flagged = await tx
    .updateTable('account_credentials')
    .set({ rotate_reason: reason, rotate_flagged_at: now })
    .where('account_id', 'in', ids)
    .where('rotate_reason', 'is', null)
    .returning('account_id')
    .execute();
  return flagged.map((r) => r.account_id);
}
