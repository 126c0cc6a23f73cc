import type { Db } from '../../../src/platform/db/database.js';

/** The applications pages an administrator can reach in the demo, for the axe scan of every page. */
export async function applicationsPages(db: Db): Promise<string[]> {
  void db;
  return [];
}
