import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { toAbsence, type AbsenceSummary } from './absence.js';
import { managedPeopleSql } from './person-scope.js';
import type { ListAbsencesQuery } from './schemas.js';

/** One page of absences with the total under the same filters. */
export interface AbsencePage {
  items: AbsenceSummary[];
  page: number;
  pageSize: number;
  total: number;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);
// The accounts a person answers for, as the gap rules count them: an active owner or deputy.
const HELD = sql`from account_people ap where ap.user_id = a.user_id and u.active = 1
  and ap.role in ('owner', 'deputy') and ap.left_reason is null`;
const heldCount = sql<number | string>`(select count(*) ${HELD})`;
const coveredCount = sql<number | string>`(select count(*) ${HELD} and exists (
  select 1 from absence_covers c where c.absence_id = a.id and c.account_id = ap.account_id))`;

/**
 * Lists the actor's own absences and those of the people they manage: under way and coming
 * first (earliest first), then past ones (latest first).
 */
export async function listAbsences(
  db: DbOrTx,
  actor: Actor,
  query: ListAbsencesQuery,
  today: string,
): Promise<AbsencePage> {
  const base = db
    .selectFrom('absences as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .where((eb) => {
      const parts: Expression<SqlBool>[] = [
        query.mine
          ? eb('a.user_id', '=', actor.userId)
          : managedPeopleSql(actor, 'absence.manage', 'a.user_id', 'every'),
      ];
      const period = query.period;
      if (period === 'current')
        parts.push(eb.and([eb('a.starts_on', '<=', today), eb('a.ends_on', '>=', today)]));
      else if (period === 'upcoming') parts.push(eb('a.starts_on', '>', today));
      else if (period === 'past') parts.push(eb('a.ends_on', '<', today));
      else if (period !== 'all') parts.push(eb('a.ends_on', '>=', today));
      if (query.user) parts.push(eb('a.user_id', '=', query.user));
      if (query.q) {
        // The name's sort key is lower-cased and folded, so "åsa" finds "Åsa" in SQLite too.
        const key = `%${escapeLike(swedishSortKey(query.q))}%`;
        const mail = `%${escapeLike(query.q.toLocaleLowerCase('sv'))}%`;
        parts.push(
          sql<boolean>`(u.name_key like ${key} escape '\\' or lower(u.email) like ${mail} escape '\\')`,
        );
      }
      if (query.uncovered) parts.push(sql<boolean>`${coveredCount} < ${heldCount}`);
      return eb.and(parts);
    });
  const count = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('a')
    .select(['u.name as user_name', heldCount.as('accounts'), coveredCount.as('covered')])
    .orderBy(sql`case when a.ends_on < ${today} then 1 else 0 end`)
    .orderBy(sql`case when a.ends_on < ${today} then '' else a.starts_on end`)
    .orderBy('a.ends_on', 'desc')
    .orderBy('u.name_key')
    .orderBy('a.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      ...toAbsence(r),
      userName: r.user_name,
      accounts: Number(r.accounts),
      covered: Number(r.covered),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(count.n),
  };
}
