import { sql } from 'kysely';
import { isPostgres, type Tx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';

// An arbitrary constant naming the lock on "who administers the whole organisation".
const ADMINISTRATORS_LOCK = 4_711_002;

/**
 * Refuses a change that would leave no active administrator of the whole organisation. Two
 * administrators removing each other at once must not both succeed, so PostgreSQL instances
 * take a lock first; SQLite serialises writers itself.
 */
export async function keepOneAdministrator(
  tx: Tx,
  leaving: { userId?: number; assignmentId?: number },
): Promise<void> {
  if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(${ADMINISTRATORS_LOCK})`.execute(tx);
  let query = tx
    .selectFrom('role_assignments as a')
    .innerJoin('users as p', 'p.id', 'a.user_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('u.parent_id', 'is', null)
    .where('a.role', '=', 'admin')
    // A deactivated administrator cannot sign in, so only active ones count.
    .where('p.active', '=', 1);
  if (leaving.userId !== undefined) query = query.where('a.user_id', '!=', leaving.userId);
  if (leaving.assignmentId !== undefined) query = query.where('a.id', '!=', leaving.assignmentId);
  const { n } = await query.executeTakeFirstOrThrow();
  if (Number(n) < 1) throw fieldError('role', 'users.last_admin');
}
