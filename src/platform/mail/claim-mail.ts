import type { ExpressionBuilder } from 'kysely';
import type { Clock } from '../clock.js';
import { isPostgres, type Db } from '../db/database.js';
import type { Database, MailMessageRow } from '../db/schema.js';
import { CLAIM_MS } from './mail-retry.js';

/** The last error of a message taken over from a sender that stopped mid-send. */
export const INTERRUPTED = 'interrupted: the sender stopped before the answer was recorded';

type Eb = ExpressionBuilder<Database, 'mail_messages'>;

// Queued and due, or claimed by a sender whose claim ran out (it stopped mid-send).
const due = (now: string) => (eb: Eb) =>
  eb.or([
    eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', now)]),
    eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
  ]);

const claim = (until: string) => (eb: Eb) => ({
  status: 'sending',
  claimed_until: until,
  attempts: eb('attempts', '+', 1),
  last_error: eb
    .case()
    .when('status', '=', 'sending')
    .then(INTERRUPTED)
    .else(eb.ref('last_error'))
    .end(),
});

/**
 * Claims the next due message for this deliverer, or null when none is due. PostgreSQL skips
 * rows another deliverer holds (FOR UPDATE SKIP LOCKED); SQLite runs the one UPDATE as a single
 * write transaction, and it serialises writers.
 */
export async function claimNextMail(db: Db, clock: Clock): Promise<MailMessageRow | null> {
  const now = clock.now();
  const at = now.toISOString();
  const until = new Date(now.getTime() + CLAIM_MS).toISOString();
  if (isPostgres(db)) {
    return db.transaction().execute(async (tx) => {
      const next = await tx
        .selectFrom('mail_messages')
        .select('id')
        .where(due(at))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!next) return null;
      return tx
        .updateTable('mail_messages')
        .set(claim(until))
        .where('id', '=', next.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }
  const row = await db
    .updateTable('mail_messages')
    .set(claim(until))
    .where('id', '=', (eb) =>
      eb
        .selectFrom('mail_messages')
        .select('id')
        .where(due(at))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(1),
    )
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}
