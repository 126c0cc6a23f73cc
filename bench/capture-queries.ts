import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { getAccountWithUnitPath } from '../src/accounts/account-queries.js';
import { listAccounts } from '../src/accounts/list-accounts.js';
import { listAccountsQuery } from '../src/accounts/schemas.js';
import { createStatusCountCache } from '../src/accounts/status-count-cache.js';
import { authenticateApiToken } from '../src/api-tokens/authenticate-api-token.js';
import type { Actor } from '../src/platform/auth/policy.js';
import { systemClock } from '../src/platform/clock.js';
import { stockholmDate } from '../src/platform/i18n/format.js';
import type { Database } from '../src/platform/db/schema.js';
import { queryOf, type Scenarios } from './scenarios.js';

/** One statement the application runs, with its parameters. */
export interface PlannedQuery {
  /** counts: the count per status; version: the register's version; page: the rows of a page; row: a single row; auth: sign-in by token. */
  role: 'counts' | 'version' | 'page' | 'row' | 'auth';
  sql: string;
  params: unknown[];
}

/** The exact SQL behind each measured request, taken from the application's own query code. */
export interface QueryPlans {
  /** Request path → the statements the app runs for it once its counts are cached (list, search). */
  requests: Record<string, PlannedQuery[]>;
  /** The same, the first time, or after the register changed: the counts are recounted. */
  firstRequests: Record<string, PlannedQuery[]>;
  /** The statement reading one account; its only parameter is the id. */
  accountSql: string;
  /** The statements that check a bearer token on every API request (once it was used lately). */
  auth: PlannedQuery[];
}

/** Runs the application's query functions against the file and records the SQL they send. */
export async function captureQueries(
  file: string,
  actor: Actor,
  token: string,
  paths: Scenarios,
): Promise<QueryPlans> {
  let captured: PlannedQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SQLite(file) }),
    log: (event) => {
      if (event.level !== 'query') return;
      const { sql, parameters } = event.query;
      const role = /\bgroup by\b/i.test(sql)
        ? 'counts'
        : /\bfrom "counters"/i.test(sql)
          ? 'version'
          : 'page';
      captured.push({ role, sql, params: [...parameters] });
    },
  });
  const take = () => [captured, (captured = [])][0]!;
  try {
    const requests: Record<string, PlannedQuery[]> = {};
    const firstRequests: Record<string, PlannedQuery[]> = {};
    const cache = createStatusCountCache();
    const today = stockholmDate(systemClock.now());
    for (const path of [...paths.list, ...paths.search]) {
      const query = listAccountsQuery.parse(queryOf(path));
      await listAccounts(db, actor, query, today, cache);
      firstRequests[path] = take();
      await listAccounts(db, actor, query, today, cache);
      requests[path] = take();
    }
    const id = Number(paths.account[0]?.split('/').pop());
    await getAccountWithUnitPath(db, id);
    const [account] = take();
    if (!account || account.params.length !== 1 || account.params[0] !== id)
      throw new Error('Reading an account no longer runs one statement with the id alone.');
    // The first use notes the time; later uses within the minute only read.
    await authenticateApiToken(db, systemClock, token);
    take();
    await authenticateApiToken(db, systemClock, token);
    const auth = take().map((q) => ({ ...q, role: 'auth' as const }));
    return { requests, firstRequests, accountSql: account.sql, auth };
  } finally {
    await db.destroy();
  }
}
