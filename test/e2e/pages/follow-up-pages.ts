import type { Db } from '../../../src/platform/db/database.js';

/** The pages of My tasks and the follow-up policy an administrator can reach in the demo, for the axe scan. */
export async function followUpPages(db: Db): Promise<string[]> {
  void db;
  return ['/tasks', '/tasks?rule=too_few_people', '/tasks?pageSize=5&page=2', '/follow-up'];
}
