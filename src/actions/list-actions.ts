import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { PENDING_STATUSES, toAction, type Action } from './action.js';
import type { ListActionsQuery } from './schemas.js';

type Eb = ExpressionBuilder<Database & { a: Database['actions'] }, 'a'>;

/** One page of actions with the total under the same filters. */
export interface ActionPage {
  items: Action[];
  page: number;
  pageSize: number;
  total: number;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Lists the actions the actor may read: overdue first, then by due date, then by title. */
export async function listActions(
  db: DbOrTx,
  actor: Actor,
  query: ListActionsQuery,
  today: string,
): Promise<ActionPage> {
  const scopes = scopePaths(actor, 'action.read');
  const unitPath = query.unit
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path ?? '/nothing/')
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
  const overdue = (eb: Eb) =>
    eb.and([eb('a.due_on', '<', today), eb('a.status', 'in', [...PENDING_STATUSES])]);
  const where = (eb: Eb) => {
    const parts: Expression<SqlBool>[] = [inUnits(eb, scopes.length > 0 ? scopes : ['/nothing/'])];
    if (unitPath) parts.push(inUnits(eb, [unitPath]));
    if (query.status) parts.push(eb('a.status', '=', query.status));
    if (query.owner) parts.push(eb('a.owner_user_id', '=', query.owner));
    if (query.overdue) parts.push(overdue(eb));
    if (query.q) {
      const like = `%${escapeLike(query.q.toLocaleLowerCase('sv'))}%`;
      parts.push(sql<boolean>`a.search_text like ${like} escape '\\'`);
    }
    return eb.and(parts);
  };
  const count = await db
    .selectFrom('actions as a')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  const pending = sql.join(PENDING_STATUSES.map((s) => sql.lit(s)));
  const rows = await db
    .selectFrom('actions as a')
    .selectAll('a')
    .where(where)
    .orderBy(sql`case when a.due_on < ${today} and a.status in (${pending}) then 0 else 1 end`)
    .orderBy(sql`case when a.due_on is null then 1 else 0 end`)
    .orderBy('a.due_on')
    .orderBy('a.title_key')
    .orderBy('a.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(toAction),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(count.n),
  };
}
