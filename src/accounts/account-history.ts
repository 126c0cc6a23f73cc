import type { DbOrTx } from '../platform/db/database.js';

/** One recorded change of one field of an account. */
export interface HistoryEntry {
  id: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  effectiveOn: string | null;
  changedBy: { id: number; name: string } | null;
  changedAt: string;
}

/** The account's history, newest first: every field it ever had and who changed it when. */
export async function listAccountHistory(db: DbOrTx, accountId: number): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('account_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select([
      'h.id',
      'h.field',
      'h.old_value',
      'h.new_value',
      'h.reason',
      'h.effective_on',
      'h.changed_by',
      'h.changed_at',
      'u.name as user_name',
    ])
    .where('h.account_id', '=', accountId)
    .orderBy('h.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    reason: r.reason,
    effectiveOn: r.effective_on,
    changedBy: r.changed_by !== null ? { id: r.changed_by, name: r.user_name ?? '' } : null,
    changedAt: r.changed_at,
  }));
}
