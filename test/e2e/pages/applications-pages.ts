import { APPLICATION_STATUSES } from '../../../src/applications/application.js';
import type { Db } from '../../../src/platform/db/database.js';

/**
 * The applications pages an administrator can reach in the demo, for the axe scan of every page:
 * the views, a filtered list, the type choice and each type's form, the settings, and one
 * application in each status the demo has (with its form where the administrator applied).
 */
export async function applicationsPages(db: Db): Promise<string[]> {
  const found = await Promise.all(
    APPLICATION_STATUSES.map((status) =>
      db
        .selectFrom('applications')
        .select('id')
        .where('status', '=', status)
        .orderBy('id')
        .executeTakeFirst(),
    ),
  );
  const own = await db
    .selectFrom('applications as a')
    .innerJoin('users as u', 'u.id', 'a.applicant_user_id')
    .select('a.id')
    .where('u.email', '=', 'admin@exempelstad.se')
    .where('a.status', 'in', ['draft', 'changes_requested'])
    .orderBy('a.id')
    .executeTakeFirst();
  return [
    '/applications',
    '/applications?view=waiting',
    '/applications?view=all',
    '/applications?view=all&status=submitted&type=teaching&q=klass&pageSize=25',
    '/applications?view=all&page=9999',
    '/applications/new',
    '/applications/new?type=teaching',
    '/applications/new?type=official',
    '/applications/new?type=campaign',
    '/applications/settings',
    ...found.flatMap((row) => (row ? [`/applications/${row.id}`] : [])),
    ...(own ? [`/applications/${own.id}/edit`, `/applications/${own.id}/edit/type`] : []),
  ];
}
