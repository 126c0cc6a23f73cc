import { createCourse } from '../../src/training/create-course.js';
import type { Course } from '../../src/training/course.js';
import type { CreateCourseInput } from '../../src/training/schemas.js';
import { validUntil } from '../../src/training/training-state.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';

/** A course added by an actor who may manage the organisation's settings. */
export function makeCourse(
  db: Db,
  clock: Clock,
  admin: Actor,
  input: CreateCourseInput,
): Promise<Course> {
  return createCourse(db, clock, admin, input);
}

/** A completion straight in the table (any day, past or future), valid by the course's months. */
export async function addCompletion(
  db: Db,
  clock: Clock,
  course: Course,
  userId: number,
  completedOn: string,
): Promise<number> {
  const row = await db
    .insertInto('training_completions')
    .values({
      user_id: userId,
      course_id: course.id,
      completed_on: completedOn,
      valid_until: validUntil(completedOn, course.validityMonths),
      note: '',
      created_at: clock.now().toISOString(),
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
