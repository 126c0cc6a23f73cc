import type { DbOrTx } from '../platform/db/database.js';

const CHUNK = 1000;

/**
 * The reminders waiting to be sent, by key: the sweep crosses off each it finds due again, and
 * what is left no longer holds. It grows with what waits for the next digest, not with the
 * register.
 */
export async function waitingReminders(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('reminders')
    .select(['id', 'key'])
    .where('mail_id', 'is', null)
    .where('resolved_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Marks waiting reminders whose condition no longer holds as resolved: they are never sent. */
export async function resolveReminders(
  db: DbOrTx,
  ids: readonly number[],
  now: string,
): Promise<number> {
  let resolved = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const result = await db
      .updateTable('reminders')
      .set({ resolved_at: now })
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .where('mail_id', 'is', null)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    resolved += Number(result.numUpdatedRows);
  }
  return resolved;
}
