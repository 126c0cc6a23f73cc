import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { AccountType } from '../accounts/account.js';
import { readClosurePolicy } from './closure-policy.js';
import { openClosure } from './open-closure.js';

const LIVE = ['active', 'inactive', 'private'];

/** Accounts of the types whose end date has come and that no closure was started for. */
function dueAccounts(db: DbOrTx, types: readonly AccountType[], today: string, id?: number) {
  let query = db
    .selectFrom('accounts as a')
    .select(['a.id', 'a.end_date'])
    .where('a.type', 'in', types)
    .where('a.status', 'in', LIVE)
    .where('a.end_date', 'is not', null)
    .where('a.end_date', '<=', today)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('closures as c')
            .select('c.id')
            .whereRef('c.account_id', '=', 'a.id')
            .whereRef('c.end_date', '=', 'a.end_date'),
        ),
      ),
    );
  if (id !== undefined) query = query.where('a.id', '=', id);
  return query.orderBy('a.id').execute();
}

/**
 * Starts the closure of every account whose type closes by itself at its end date once that
 * date has come, once per end date; returns how many it started.
 */
export async function startDueClosures(db: Db, clock: Clock): Promise<number> {
  const policy = await readClosurePolicy(db);
  if (policy.autoStartTypes.length === 0) return 0;
  const today = stockholmDate(clock.now());
  const due = await dueAccounts(db, policy.autoStartTypes, today);
  let started = 0;
  // One transaction per account: SQLite has one writer, and PostgreSQL's audit chain one lock.
  for (const { id } of due) {
    try {
      const opened = await db.transaction().execute(async (tx) => {
        const still = await dueAccounts(tx, policy.autoStartTypes, today, id);
        if (still.length === 0) return false;
        const { account } = await getAccountWithUnitPath(tx, id);
        await openClosure(tx, clock, null, account, {
          reason: 'end_date_reached',
          endDate: account.endDate,
        });
        return true;
      });
      if (opened) started++;
    } catch (error) {
      // Changed by someone meanwhile: the next sweep looks again.
      if (!(error instanceof AppError)) throw error;
    }
  }
  return started;
}
