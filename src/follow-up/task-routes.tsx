import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { digestFrequencyOf } from './digest-frequency.js';
import { hasUnitsView, listTasks } from './list-tasks.js';
import { parseTaskQuery } from './schemas.js';
import { taskNames } from './task-names.js';
import { tasksPage } from './tasks-page.js';

/** Pages under /tasks: what is due for the signed-in person and for their units. */
export function taskRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const { db, clock } = c.get('deps');
    const actor = actorOf(c);
    const unitsView = hasUnitsView(actor);
    const query = parseTaskQuery(c.req.query());
    if (!unitsView) query.view = 'mine';
    const result = await listTasks(db, clock, actor, query);
    const [names, frequency] = await Promise.all([
      taskNames(db, result.items),
      digestFrequencyOf(db, actor.userId),
    ]);
    return tasksPage(c, { query, result, names, unitsView, frequency });
  });
  return app;
}
