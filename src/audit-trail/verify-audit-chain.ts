import type { DbOrTx } from '../platform/db/database.js';
import { chainHash, GENESIS_HASH } from './record-audit-event.js';

/** Walks the whole audit trail and returns the id of the first row that breaks the chain, if any. */
export async function verifyAuditChain(
  db: DbOrTx,
): Promise<{ ok: true; count: number } | { ok: false; brokenAt: number; count: number }> {
  let prev = GENESIS_HASH;
  let count = 0;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) return { ok: true, count };
    for (const row of rows) {
      if (row.prev_hash !== prev || chainHash(prev, row) !== row.hash)
        return { ok: false, brokenAt: row.id, count };
      prev = row.hash;
      count++;
      after = row.id;
    }
  }
}
