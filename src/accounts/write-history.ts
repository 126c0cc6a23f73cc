import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';

/** One field's change, as the account's history keeps it. */
export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

const asText = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);

/** Appends changes to an account's history, in the caller's transaction. */
export async function writeHistory(
  tx: Tx,
  clock: Clock,
  accountId: number,
  actorUserId: number | null,
  changes: FieldChange[],
  extra: { reason?: string; effectiveOn?: string | null } = {},
): Promise<void> {
  if (changes.length === 0) return;
  const at = clock.now().toISOString();
  await tx
    .insertInto('account_history')
    .values(
      changes.map((c) => ({
        account_id: accountId,
        field: c.field,
        old_value: asText(c.oldValue),
        new_value: asText(c.newValue),
        reason: extra.reason ?? '',
        effective_on: extra.effectiveOn ?? null,
        changed_by: actorUserId,
        changed_at: at,
      })),
    )
    .execute();
}

/** The fields whose values differ between two versions of a record. */
export function diffFields<T extends object>(
  before: T,
  after: Partial<T>,
  fields: (keyof T)[],
): FieldChange[] {
  return fields
    .filter((f) => after[f] !== undefined && asText(after[f]) !== asText(before[f]))
    .map((f) => ({ field: String(f), oldValue: before[f], newValue: after[f] }));
}
