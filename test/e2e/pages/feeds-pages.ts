import type { Db } from '../../../src/platform/db/database.js';

/** The pages of calendar subscriptions an administrator can reach in the demo, for the axe scan. */
export async function feedsPages(db: Db): Promise<string[]> {
  void db;
  return [];
}
