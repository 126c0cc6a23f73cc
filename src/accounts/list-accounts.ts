import { sql, type ExpressionBuilder } from 'kysely';
import { scopePaths, type Actor } from '../platform/auth/policy.js';
import { isPostgres, type DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import {
  ACCOUNT_STATUSES,
  foldForSearch,
  toAccount,
  type Account,
  type AccountStatus,
} from './account.js';
import type { ListAccountsQuery } from './schemas.js';

/** One page of the register, with the total and the count per status under the same filters. */
export interface AccountPage {
  items: Account[];
  page: number;
  pageSize: number;
  total: number;
  statusCounts: Record<AccountStatus, number>;
}

const SORT_EXPRESSIONS = {
  name: sql`a.name_key`,
  platform: sql`a.platform`,
  handle: sql`a.handle_key`,
  unit: sql`(select u.name_key from units u where u.id = a.unit_id)`,
  type: sql`a.type`,
  status: sql`a.status`,
  lastActivity: sql`a.last_activity_on`,
  updated: sql`a.updated_at`,
} as const;

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * Any part of name, handle or URL. Both databases answer from a trigram index: PostgreSQL
 * uses it for LIKE itself, SQLite through its FTS5 table (for three characters or more).
 */
function freeText(folded: string, postgres: boolean) {
  if (postgres || folded.length < 3)
    return sql<boolean>`a.search_text like ${`%${escapeLike(folded)}%`} escape '\\'`;
  const phrase = `"${folded.replace(/"/g, '""')}"`;
  return sql<boolean>`a.id in (select rowid from accounts_search where accounts_search match ${phrase})`;
}

type Eb = ExpressionBuilder<Database & { a: Database['accounts'] }, 'a'>;

/** Lists the accounts the actor may read, filtered, sorted (Swedish order) and paged. */
export async function listAccounts(
  db: DbOrTx,
  actor: Actor,
  query: ListAccountsQuery,
): Promise<AccountPage> {
  const scopes = scopePaths(actor, 'account.read');
  const postgres = isPostgres(db);
  const unitPath = query.unit
    ? (await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path
    : undefined;
  const whereUnits = (eb: Eb, paths: string[]) =>
    eb(
      'a.unit_id',
      'in',
      eb
        .selectFrom('units')
        .select('units.id')
        .where((e) => e.or(paths.map((p) => e('units.path', 'like', `${escapeLike(p)}%`)))),
    );
  // Filters shared by the page and the status counts; the status filter applies to the page only.
  const filtered = (eb: Eb) => {
    const parts = [];
    const topLevel = scopes.some((p) => p.split('/').filter(Boolean).length === 1);
    if (!topLevel) parts.push(whereUnits(eb, scopes.length > 0 ? scopes : ['/nothing/']));
    if (query.unit) parts.push(whereUnits(eb, [unitPath ?? '/nothing/']));
    if (query.platform) parts.push(eb('a.platform', '=', query.platform));
    if (query.type) parts.push(eb('a.type', '=', query.type));
    if (query.q) parts.push(freeText(foldForSearch(query.q), postgres));
    return eb.and(parts);
  };

  const counts = await db
    .selectFrom('accounts as a')
    .select(['a.status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where(filtered)
    .groupBy('a.status')
    .execute();
  const statusCounts = Object.fromEntries(ACCOUNT_STATUSES.map((s) => [s, 0])) as Record<
    AccountStatus,
    number
  >;
  for (const c of counts) statusCounts[c.status as AccountStatus] = Number(c.n);
  const total = query.status
    ? statusCounts[query.status]
    : Object.values(statusCounts).reduce((a, b) => a + b, 0);

  const desc = query.sort.startsWith('-');
  const column = SORT_EXPRESSIONS[query.sort.replace(/^-/, '') as keyof typeof SORT_EXPRESSIONS];
  const direction = desc ? sql`desc` : sql`asc`;
  const rows = await db
    .selectFrom('accounts as a')
    .selectAll('a')
    .where(filtered)
    .$if(!!query.status, (qb) => qb.where('a.status', '=', query.status!))
    .orderBy(sql`${column} ${direction}`)
    .orderBy(sql`a.name_key ${direction}`)
    .orderBy('a.id', desc ? 'desc' : 'asc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(toAccount),
    page: query.page,
    pageSize: query.pageSize,
    total,
    statusCounts,
  };
}
