import type { Db } from '../../../src/platform/db/database.js';

/** The credentials pages an administrator can reach in the demo, for the axe scan of every page. */
export async function credentialsPages(_db: Db): Promise<string[]> {
  return [];
}
