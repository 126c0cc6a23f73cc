import type { Db } from '../../../src/platform/db/database.js';

/** The pages of the mail log and the local mailbox an administrator can reach in the demo, for the axe scan. */
export async function mailLogPages(db: Db): Promise<string[]> {
  void db;
  return [];
}
