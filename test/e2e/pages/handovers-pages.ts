import type { Db } from '../../../src/platform/db/database.js';

/** The handovers pages an administrator can reach in the demo, for the axe scan of every page. */
export async function handoversPages(_db: Db): Promise<string[]> {
  return [];
}
