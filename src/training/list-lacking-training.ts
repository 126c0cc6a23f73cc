import { sql } from 'kysely';
import { managedPeopleSql } from '../absences/person-scope.js';
import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { ListLackingQuery } from './schemas.js';
import { LACKING_STATES, type LackingState } from './training-state.js';

/** A person who answers for accounts and lacks valid training in a required course, or soon will. */
export interface LackingTraining {
  userId: number;
  userName: string;
  accounts: number;
  courseId: number;
  courseName: string;
  state: LackingState;
  /** The latest day a completion is valid; null when there is none. */
  validUntil: string | null;
  lastCompletedOn: string | null;
}

/**
 * Lists, for each active owner or deputy (not left) the actor may see, each active required course they
 * have no valid completion of, or one that expires within the notice period (up to `soon`).
 * Expired first, then missing, then expiring soon; by name within each.
 */
export async function listLackingTraining(
  db: DbOrTx,
  actor: Actor,
  query: ListLackingQuery,
  today: string,
  soon: string,
) {
  const unitPath = query.unit
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path ?? '/nothing/')
    : null;
  let holders = db
    .selectFrom('account_people as ap')
    .innerJoin('accounts as a', 'a.id', 'ap.account_id')
    .innerJoin('units as un', 'un.id', 'a.unit_id')
    .select(['ap.user_id', (eb) => eb.fn.countAll<number | string>().as('accounts')])
    .where('ap.role', 'in', ['owner', 'deputy'])
    .where('ap.left_reason', 'is', null)
    .where('ap.user_id', 'is not', null)
    .groupBy('ap.user_id');
  if (unitPath) holders = holders.where('un.path', 'like', `${unitPath}%`);
  const best = db
    .selectFrom('training_completions')
    .select([
      'user_id',
      'course_id',
      (eb) => eb.fn.max('valid_until').as('last_until'),
      (eb) => eb.fn.max('completed_on').as('last_done'),
      sql<number>`sum(case when valid_until is null then 1 else 0 end)`.as('forever'),
    ])
    .groupBy(['user_id', 'course_id']);
  const state = sql<string>`case
    when b.user_id is null then 'missing'
    when b.forever > 0 then 'valid'
    when b.last_until < ${today} then 'expired'
    when b.last_until <= ${soon} then 'expires_soon'
    else 'valid' end`;
  let inner = db
    .selectFrom(holders.as('h'))
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .innerJoin('courses as c', (j) => j.on('c.required', '=', 1).on('c.active', '=', 1))
    .leftJoin(best.as('b'), (j) =>
      j.onRef('b.user_id', '=', 'h.user_id').onRef('b.course_id', '=', 'c.id'),
    )
    .select([
      'u.id as user_id',
      'u.name as user_name',
      'u.name_key as user_key',
      'h.accounts',
      'c.id as course_id',
      'c.name as course_name',
      'c.name_key as course_key',
      'b.last_until',
      'b.last_done',
      state.as('state'),
    ])
    .where('u.active', '=', 1)
    .where(managedPeopleSql(actor, 'training.manage', 'h.user_id', 'some'));
  if (query.course) inner = inner.where('c.id', '=', query.course);
  const states = query.state ? [query.state] : [...LACKING_STATES];
  const base = db.selectFrom(inner.as('g')).where('g.state', 'in', states);
  const count = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('g')
    .orderBy(sql`case g.state when 'expired' then 0 when 'missing' then 1 else 2 end`)
    .orderBy('g.user_key')
    .orderBy('g.user_id')
    .orderBy('g.course_key')
    .orderBy('g.course_id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const items: LackingTraining[] = rows.map((r) => ({
    userId: r.user_id,
    userName: r.user_name,
    accounts: Number(r.accounts),
    courseId: r.course_id,
    courseName: r.course_name,
    state: r.state as LackingState,
    validUntil: r.last_until,
    lastCompletedOn: r.last_done,
  }));
  return { items, page: query.page, pageSize: query.pageSize, total: Number(count.n) };
}
