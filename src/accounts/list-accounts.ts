import { sql } from 'kysely';
import { accountGaps, gapRules, type GapKind } from '../people/account-gaps.js';
import { readPeoplePolicy } from '../people/people-policy.js';
import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { ACCOUNT_STATUSES, toAccount, type Account, type AccountStatus } from './account.js';
import { accountFilter, type AccountFilter } from './account-filters.js';
import { readRegisterVersion } from './register-version.js';
import type { ListAccountsQuery } from './schemas.js';
import type { RegisterCounts, StatusCountCache } from './status-count-cache.js';

/** One page of the register, with the total and the count per status under the same filters. */
export interface AccountPage {
  items: Account[];
  page: number;
  pageSize: number;
  total: number;
  statusCounts: Record<AccountStatus, number>;
  /** Of the `closing` accounts, those whose closure is blocked (the deletion could not be done). */
  blockedClosures: number;
  /** The gaps of each listed account that has any, judged for the page's rows only. */
  gaps: Map<number, GapKind[]>;
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

/**
 * Lists the accounts the actor may read, filtered, sorted (Swedish order) and paged, with the
 * gaps of the listed rows; `today` (Stockholm) is the day gaps are judged on.
 */
export async function listAccounts(
  db: DbOrTx,
  actor: Actor,
  query: ListAccountsQuery,
  today: string,
  cache?: StatusCountCache,
): Promise<AccountPage> {
  const filter = await accountFilter(db, actor, query, today);
  // Gaps change with people, absences, training and the date, not with the register's version.
  const { counts: statusCounts, blockedClosures } = await countByStatus(
    db,
    filter,
    query.gap ? undefined : cache,
  );
  const total = query.status
    ? statusCounts[query.status]
    : Object.values(statusCounts).reduce((a, b) => a + b, 0);

  const desc = query.sort.startsWith('-');
  const sortBy = query.sort.replace(/^-/, '') as keyof typeof SORT_EXPRESSIONS;
  const direction = desc ? sql`desc` : sql`asc`;
  // The page's ids come from the narrow indexes; only then are the wide rows read.
  const ids = await db
    .selectFrom('accounts as a')
    .select('a.id')
    .where(filter.where)
    .$if(!!query.status, (qb) => qb.where('a.status', '=', query.status!))
    .orderBy(sql`${SORT_EXPRESSIONS[sortBy]} ${direction}`)
    .$if(sortBy !== 'name', (qb) => qb.orderBy(sql`a.name_key ${direction}`))
    .orderBy('a.id', desc ? 'desc' : 'asc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('accounts')
          .selectAll()
          .where(
            'id',
            'in',
            ids.map((r) => r.id),
          )
          .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const gaps =
    ids.length === 0
      ? new Map<number, GapKind[]>()
      : await accountGaps(
          db,
          ids.map((r) => r.id),
          gapRules(db, today, await readPeoplePolicy(db)),
        );
  return {
    items: ids.flatMap((r) => {
      const row = byId.get(r.id);
      return row ? [toAccount(row)] : [];
    }),
    page: query.page,
    pageSize: query.pageSize,
    total,
    statusCounts,
    blockedClosures,
    gaps,
  };
}

/**
 * The count per status under the filter, and of blocked closures among the closing accounts,
 * from the cache while the register is unchanged (closures bump its version too).
 */
async function countByStatus(
  db: DbOrTx,
  filter: AccountFilter,
  cache: StatusCountCache | undefined,
): Promise<RegisterCounts> {
  const version = cache ? await readRegisterVersion(db) : 0;
  const cached = cache?.get(filter.key, version);
  if (cached) return cached;
  const rows = await db
    .selectFrom('accounts as a')
    .select(['a.status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where(filter.where)
    .groupBy('a.status')
    .execute();
  const counts = Object.fromEntries(ACCOUNT_STATUSES.map((s) => [s, 0])) as Record<
    AccountStatus,
    number
  >;
  for (const r of rows) counts[r.status as AccountStatus] = Number(r.n);
  // Only a register with closing accounts can have a blocked closure: others pay nothing more.
  const blockedClosures = counts.closing > 0 ? await countBlocked(db, filter) : 0;
  const result = { counts, blockedClosures };
  cache?.set(filter.key, version, result);
  return result;
}

async function countBlocked(db: DbOrTx, filter: AccountFilter): Promise<number> {
  const row = await db
    .selectFrom('accounts as a')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(filter.where)
    .where('a.status', '=', 'closing')
    .where((eb) =>
      eb(
        'a.id',
        'in',
        eb
          .selectFrom('closures')
          .select('closures.account_id')
          .where('closures.status', '=', 'blocked'),
      ),
    )
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
