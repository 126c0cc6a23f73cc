import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { toCourse, type Course } from './course.js';
import { assertCourseNameFree, getCourse } from './course-queries.js';
import type { UpdateCourseInput } from './schemas.js';

const FIELDS = ['name', 'description', 'validityMonths', 'required', 'active'] as const;

/**
 * Changes the fields sent. A new validity applies to completions recorded from now on; those
 * already recorded keep the day they were given.
 */
export async function updateCourse(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: UpdateCourseInput,
): Promise<Course> {
  authorizeAnywhere(actor, 'settings.manage');
  const course = await getCourse(db, id);
  const next = {
    name: input.name ?? course.name,
    description: input.description ?? course.description,
    validityMonths:
      input.validityMonths === undefined ? course.validityMonths : input.validityMonths,
    required: input.required ?? course.required,
    active: input.active ?? course.active,
  };
  const changed = FIELDS.filter((f) => next[f] !== course[f]);
  if (changed.length === 0) return course;
  if (next.name !== course.name) await assertCourseNameFree(db, next.name, id);
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('courses')
      .set({
        name: next.name,
        name_key: swedishSortKey(next.name),
        description: next.description,
        validity_months: next.validityMonths,
        required: next.required ? 1 : 0,
        active: next.active ? 1 : 0,
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'course.update',
      objectType: 'course',
      objectId: id,
      unitId: null,
      summary: row.name,
      before: Object.fromEntries(changed.map((f) => [f, course[f]])),
      after: Object.fromEntries(changed.map((f) => [f, next[f]])),
    });
    return toCourse(row);
  });
}
