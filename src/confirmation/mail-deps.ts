import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';

/** What queuing a round's messages needs: the database, the clock, the sender and the address. */
export interface RoundMailDeps {
  db: Db;
  clock: Clock;
  /** MAIL_FROM. */
  from: string;
  /** Where people reach the application, for links. */
  baseUrl: string;
}

/** How many messages were queued now, and how many had been queued earlier the same day. */
export interface QueuedMail {
  queued: number;
  already: number;
}
