import type { DbOrTx } from '../platform/db/database.js';
import { completionsOf, type CompletionEntry } from './completion-queries.js';
import { allCourses } from './course-queries.js';
import type { CourseStanding } from './person-training-page.js';
import { trainingState } from './training-state.js';

/**
 * A person's standing in each active course and in any course they have completed: required
 * courses follow the gap rule; an optional course never taken is "not taken", not missing.
 */
export async function personTraining(
  db: DbOrTx,
  userId: number,
  today: string,
  soon: string,
): Promise<{ standings: CourseStanding[]; completions: CompletionEntry[] }> {
  const [courses, completions] = await Promise.all([allCourses(db), completionsOf(db, userId)]);
  const standings = courses.flatMap((course): CourseStanding[] => {
    const own = completions.filter((c) => c.courseId === course.id);
    if (!course.active && own.length === 0) return [];
    const untils = own.map((c) => c.validUntil);
    const state =
      own.length === 0 && !(course.required && course.active)
        ? 'not_taken'
        : trainingState(untils, today, soon);
    const best = untils.includes(null)
      ? null
      : (untils as string[]).reduce<string | null>((a, b) => (a && a > b ? a : b), null);
    return [
      {
        course,
        lastCompletedOn: own[0]?.completedOn ?? null,
        validUntil: best,
        state,
      },
    ];
  });
  return { standings, completions };
}
