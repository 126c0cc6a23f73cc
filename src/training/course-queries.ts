import type { DbOrTx } from '../platform/db/database.js';
import { fieldError, notFound } from '../platform/http/errors.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { toCourse, type Course } from './course.js';
import type { ListCoursesQuery } from './schemas.js';

/** One course, or not found. */
export async function getCourse(db: DbOrTx, id: number): Promise<Course> {
  const row = await db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toCourse(row);
}

/** Refuses a name another course already has (letter case and accents aside). */
export async function assertCourseNameFree(
  db: DbOrTx,
  name: string,
  exceptId?: number,
): Promise<void> {
  let query = db.selectFrom('courses').select('id').where('name_key', '=', swedishSortKey(name));
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw fieldError('name', 'training.course_name_taken');
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);

/** One page of courses in Swedish alphabetical order, with the total under the same filters. */
export async function listCourses(db: DbOrTx, query: ListCoursesQuery) {
  let base = db.selectFrom('courses');
  if (query.active) base = base.where('active', '=', Number(query.active));
  if (query.q) base = base.where('name_key', 'like', `%${escapeLike(swedishSortKey(query.q))}%`);
  const count = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('name_key')
    .orderBy('id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(toCourse),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(count.n),
  };
}

/** Every course in Swedish alphabetical order: few enough for a select or a person's record. */
export async function allCourses(db: DbOrTx): Promise<Course[]> {
  const rows = await db
    .selectFrom('courses')
    .selectAll()
    .orderBy('name_key')
    .orderBy('id')
    .execute();
  return rows.map(toCourse);
}
