import type { Db } from '../../../src/platform/db/database.js';

/** The training pages an administrator can reach in the demo, for the axe scan of every page. */
export async function trainingPages(db: Db): Promise<string[]> {
  const [course, completion] = await Promise.all([
    db.selectFrom('courses').select('id').orderBy('id').executeTakeFirst(),
    db
      .selectFrom('training_completions')
      .select(['id', 'user_id'])
      .orderBy('id')
      .executeTakeFirst(),
  ]);
  const pages = [
    '/training',
    '/training?state=expired',
    '/training/courses',
    '/training/courses/new',
    '/training/completions/new',
  ];
  if (course) pages.push(`/training/courses/${course.id}`, `/training/courses/${course.id}/edit`);
  if (completion)
    pages.push(
      `/training/people/${completion.user_id}`,
      `/training/completions/${completion.id}/delete`,
    );
  return pages;
}
