import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { toCourse, type Course } from './course.js';
import { assertCourseNameFree } from './course-queries.js';
import type { CreateCourseInput } from './schemas.js';

/** Adds a course; the organisation's settings managers alone decide what training is needed. */
export async function createCourse(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateCourseInput,
): Promise<Course> {
  authorizeAnywhere(actor, 'settings.manage');
  await assertCourseNameFree(db, input.name);
  const now = clock.now().toISOString();
  const values = {
    name: input.name,
    description: input.description ?? '',
    validityMonths: input.validityMonths ?? null,
    required: input.required ?? true,
    active: input.active ?? true,
  };
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('courses')
      .values({
        name: values.name,
        name_key: swedishSortKey(values.name),
        description: values.description,
        validity_months: values.validityMonths,
        required: values.required ? 1 : 0,
        active: values.active ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'course.create',
      objectType: 'course',
      objectId: row.id,
      unitId: null,
      summary: row.name,
      after: values,
    });
    return toCourse(row);
  });
}
