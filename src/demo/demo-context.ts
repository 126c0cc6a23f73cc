import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';

/** What the later demo seeders share: the open transaction, dates, and who did it. */
export interface DemoContext {
  tx: Tx;
  clock: Clock;
  /** Today in Stockholm, YYYY-MM-DD. */
  today: string;
  now: string;
  adminId: number;
  unitIds: ReadonlyMap<string, number>;
}
