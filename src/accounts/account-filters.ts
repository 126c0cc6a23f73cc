import { sql, type ExpressionBuilder } from 'kysely';
import { scopePaths, type Actor } from '../platform/auth/policy.js';
import { isPostgres, type DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { gapCondition, gapRules } from '../people/account-gaps.js';
import { readPeoplePolicy } from '../people/people-policy.js';
import { foldForSearch } from './account.js';
import type { ListAccountsQuery } from './schemas.js';

type Eb = ExpressionBuilder<Database & { a: Database['accounts'] }, 'a'>;

/** The register's filters apart from status, ready for a WHERE; `key` names them for caching. */
export interface AccountFilter {
  where: (eb: Eb) => ReturnType<Eb['and']>;
  key: string;
}

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

/**
 * Builds the filter of the actor's units (subtrees) and the query's unit, platform, type, text,
 * gap and blocked closure; `today` (Stockholm) is the day the gaps are judged on.
 */
export async function accountFilter(
  db: DbOrTx,
  actor: Actor,
  query: ListAccountsQuery,
  today = '',
): Promise<AccountFilter> {
  const scopes = scopePaths(actor, 'account.read');
  const everything = scopes.some((p) => p.split('/').filter(Boolean).length === 1);
  const unitPath = query.unit
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path ?? '/nothing/')
    : null;
  const folded = query.q ? foldForSearch(query.q) : null;
  const postgres = isPostgres(db);
  // Only a gap filter reads the people policy: the register without one costs nothing more.
  const gap = query.gap
    ? gapCondition(query.gap, gapRules(db, today, await readPeoplePolicy(db)))
    : null;
  const inUnits = (eb: Eb, paths: string[]) =>
    eb(
      'a.unit_id',
      'in',
      eb
        .selectFrom('units')
        .select('units.id')
        .where((e) => e.or(paths.map((p) => e('units.path', 'like', `${escapeLike(p)}%`)))),
    );
  return {
    where: (eb) => {
      const parts = [];
      if (!everything) parts.push(inUnits(eb, scopes.length > 0 ? scopes : ['/nothing/']));
      if (unitPath) parts.push(inUnits(eb, [unitPath]));
      if (query.platform) parts.push(eb('a.platform', '=', query.platform));
      if (query.type) parts.push(eb('a.type', '=', query.type));
      if (folded) parts.push(freeText(folded, postgres));
      if (gap) parts.push(gap);
      if (query.closure === 'blocked')
        parts.push(
          eb(
            'a.id',
            'in',
            eb
              .selectFrom('closures')
              .select('closures.account_id')
              .where('closures.status', '=', 'blocked'),
          ),
        );
      return eb.and(parts);
    },
    key: JSON.stringify([
      everything ? '*' : scopes,
      unitPath,
      query.platform ?? null,
      query.type ?? null,
      folded,
      ...(query.gap ? [query.gap, today] : []),
      ...(query.closure ? [`closure:${query.closure}`] : []),
    ]),
  };
}
