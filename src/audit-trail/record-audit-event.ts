import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Clock } from '../platform/clock.js';
import { isPostgres, type Tx } from '../platform/db/database.js';

/** What happened, to what, by whom: one row of the audit trail. */
export interface AuditEventInput {
  actorUserId: number | null;
  action: string;
  objectType: string;
  objectId: string | number;
  unitId: number | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);
// An arbitrary constant naming the audit trail's lock in PostgreSQL.
const CHAIN_LOCK = 4_711_001;

/** The hash that links a row to the one before it, so that an edited or removed row shows. */
export function chainHash(prevHash: string, row: Record<string, unknown>): string {
  const fields = [
    row.at,
    row.actor_user_id,
    row.action,
    row.object_type,
    row.object_id,
    row.unit_id,
    row.summary,
    row.before_json,
    row.after_json,
  ];
  return createHash('sha256')
    .update(prevHash + '\n' + JSON.stringify(fields))
    .digest('hex');
}

/** Writes an audit-trail row inside the caller's transaction, chained to the previous row. */
export async function recordAuditEvent(
  tx: Tx,
  clock: Clock,
  event: AuditEventInput,
): Promise<void> {
  // One writer at a time extends the chain; SQLite already serialises write transactions.
  if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(tx);
  const last = await tx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = {
    at: clock.now().toISOString(),
    actor_user_id: event.actorUserId,
    action: event.action,
    object_type: event.objectType,
    object_id: String(event.objectId),
    unit_id: event.unitId,
    summary: event.summary ?? '',
    before_json: event.before === undefined ? null : JSON.stringify(event.before),
    after_json: event.after === undefined ? null : JSON.stringify(event.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx
    .insertInto('audit_events')
    .values({ ...row, prev_hash: prevHash, hash: chainHash(prevHash, row) })
    .execute();
}
