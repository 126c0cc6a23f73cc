import { managedPeopleSql, managesPerson, type PersonScope } from '../absences/person-scope.js';
import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { toCompletion, type Completion } from './course.js';
import type { ListCompletionsQuery } from './schemas.js';

/** A completion with the names of its person and course. */
export interface CompletionEntry extends Completion {
  userName: string;
  courseName: string;
}

/** Whether the actor may record or remove the person's training. */
export function canRecordTrainingOf(actor: Actor, scope: PersonScope): boolean {
  return managesPerson(actor, 'training.manage', scope, 'some');
}

/** Whether the actor may read the person's training: their own, or as one who records it. */
export function canReadTrainingOf(actor: Actor, scope: PersonScope): boolean {
  return actor.userId === scope.userId || canRecordTrainingOf(actor, scope);
}

const entries = (db: DbOrTx) =>
  db
    .selectFrom('training_completions as tc')
    .innerJoin('users as u', 'u.id', 'tc.user_id')
    .innerJoin('courses as c', 'c.id', 'tc.course_id');

const toEntry = (
  r: Parameters<typeof toCompletion>[0] & { user_name: string; course_name: string },
): CompletionEntry => ({
  ...toCompletion(r),
  userName: r.user_name,
  courseName: r.course_name,
});

/** One completion, or not found. */
export async function getCompletion(db: DbOrTx, id: number): Promise<CompletionEntry> {
  const row = await entries(db)
    .selectAll('tc')
    .select(['u.name as user_name', 'c.name as course_name'])
    .where('tc.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return toEntry(row);
}

/** One page of the completions the actor may read, latest first. */
export async function listCompletions(db: DbOrTx, actor: Actor, query: ListCompletionsQuery) {
  let base = entries(db).where(managedPeopleSql(actor, 'training.manage', 'tc.user_id', 'some'));
  if (query.user) base = base.where('tc.user_id', '=', query.user);
  if (query.course) base = base.where('tc.course_id', '=', query.course);
  const count = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('tc')
    .select(['u.name as user_name', 'c.name as course_name'])
    .orderBy('tc.completed_on', 'desc')
    .orderBy('tc.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(toEntry),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(count.n),
  };
}

/** Every completion of one person, latest first. */
export async function completionsOf(db: DbOrTx, userId: number): Promise<CompletionEntry[]> {
  const rows = await entries(db)
    .selectAll('tc')
    .select(['u.name as user_name', 'c.name as course_name'])
    .where('tc.user_id', '=', userId)
    .orderBy('tc.completed_on', 'desc')
    .orderBy('tc.id', 'desc')
    .execute();
  return rows.map(toEntry);
}
