import type { Db } from '../../../src/platform/db/database.js';

/** The people pages an administrator can reach in the demo, for the axe scan of every page. */
export async function peoplePages(db: Db): Promise<string[]> {
  const pages = ['/people', '/people/settings', '/accounts?gap=any'];
  const withAccess = await db
    .selectFrom('platform_access')
    .select(['id', 'account_id'])
    .orderBy('id')
    .executeTakeFirst();
  if (withAccess) {
    const id = withAccess.account_id;
    pages.push(
      `/accounts/${id}`,
      `/accounts/${id}/people`,
      `/accounts/${id}/access`,
      `/accounts/${id}/access/${withAccess.id}/edit`,
    );
  }
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  if (unit) pages.push(`/units/${unit.id}/overview`, `/units/${unit.id}/overview?gap=no_owner`);
  return pages;
}
