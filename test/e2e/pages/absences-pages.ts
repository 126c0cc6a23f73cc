import type { Db } from '../../../src/platform/db/database.js';

/** The absences pages an administrator can reach in the demo, for the axe scan of every page. */
export async function absencesPages(db: Db): Promise<string[]> {
  const absence = await db.selectFrom('absences').select('id').orderBy('id').executeTakeFirst();
  const pages = ['/absences', '/absences?period=all&uncovered=1', '/absences/new'];
  if (absence)
    pages.push(
      `/absences/${absence.id}`,
      `/absences/${absence.id}/edit`,
      `/absences/${absence.id}/delete`,
    );
  return pages;
}
