import { sql } from 'kysely';
import { isPostgres, type Tx } from '../platform/db/database.js';

// An arbitrary constant naming the lock that keeps two overlapping rounds from opening at once.
const ROUND_LOCK = 4_711_006;

/** Takes the round lock in PostgreSQL; SQLite already runs one write transaction at a time. */
export async function lockRounds(tx: Tx): Promise<void> {
  if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(${ROUND_LOCK})`.execute(tx);
}
