import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { getAccountWithUnitPath } from '../src/accounts/account-queries.js';
import { listAccounts } from '../src/accounts/list-accounts.js';
import { listAccountsQuery } from '../src/accounts/schemas.js';
import { authenticateApiToken } from '../src/api-tokens/authenticate-api-token.js';
import type { Actor } from '../src/platform/auth/policy.js';
import { systemClock } from '../src/platform/clock.js';
import type { Database } from '../src/platform/db/schema.js';
import { queryOf, type Scenarios } from './scenarios.js';

/** One statement the application runs, with its parameters. */
export interface PlannedQuery {
  /** counts: the count per status; page: the rows of a page; row: a single row; auth: sign-in by token. */
  role: 'counts' | 'page' | 'row' | 'auth';
  sql: string;
  params: unknown[];
}

/** The exact SQL behind each measured request, taken from the application's own query code. */
export interface QueryPlans {
  /** Request path → the statements the app runs for it (list and search). */
  requests: Record<string, PlannedQuery[]>;
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
      const role = /\bgroup by\b/i.test(sql) ? 'counts' : 'page';
      captured.push({ role, sql, params: [...parameters] });
    },
  });
  const take = () => [captured, (captured = [])][0]!;
  try {
    const requests: Record<string, PlannedQuery[]> = {};
    for (const path of [...paths.list, ...paths.search]) {
      await listAccounts(db, actor, listAccountsQuery.parse(queryOf(path)));
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
    return { requests, accountSql: account.sql, auth };
  } finally {
    await db.destroy();
  }
}
