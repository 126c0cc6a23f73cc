import type { Db } from '../../../src/platform/db/database.js';

/** The handovers pages an administrator can reach in the demo, for the axe scan of every page. */
export async function handoversPages(db: Db): Promise<string[]> {
  const task = (done: boolean) =>
    db
      .selectFrom('handover_tasks')
      .select('id')
      .where('completed_at', done ? 'is not' : 'is', null)
      .orderBy('id')
      .executeTakeFirst();
  const [open, done] = await Promise.all([task(false), task(true)]);
  return [
    '/handovers',
    '/handovers?status=done',
    ...(open ? [`/handovers/${open.id}`] : []),
    ...(done ? [`/handovers/${done.id}`] : []),
  ];
}
