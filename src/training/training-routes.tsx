import { Hono } from 'hono';
import { unitOptions } from '../accounts/account-choices.js';
import { can, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv } from '../platform/http/context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { readPeoplePolicy } from '../people/people-policy.js';
import { listAllUnits } from '../units/unit-queries.js';
import { completionRoutes } from './completion-routes.js';
import { courseRoutes } from './course-routes.js';
import { listLackingTraining } from './list-lacking-training.js';
import { listLackingQuery, parseQuery } from './schemas.js';
import { trainingOverviewPage } from './training-overview-page.js';
import { soonLimit } from './training-state.js';

/** Pages under /training: courses, completions and training that expires soon. */
export function trainingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const { db, clock } = c.get('deps');
    const actor = actorOf(c);
    const query = parseQuery(listLackingQuery, c.req.query());
    const today = stockholmDate(clock.now());
    const policy = await readPeoplePolicy(db);
    const [result, units, courses] = await Promise.all([
      listLackingTraining(db, actor, query, today, soonLimit(today, policy.trainingNoticeDays)),
      listAllUnits(db),
      db
        .selectFrom('courses')
        .select(['id', 'name'])
        .where('required', '=', 1)
        .where('active', '=', 1)
        .orderBy('name_key')
        .execute(),
    ]);
    const readable = units.filter((u) => can(actor, 'account.read', u.path));
    return trainingOverviewPage(c, {
      query,
      result,
      noticeDays: policy.trainingNoticeDays,
      courses: courses.map((r) => [String(r.id), r.name]),
      units: unitOptions(readable, c.get('t')),
      canRecord: canAnywhere(actor, 'training.manage'),
    });
  });

  app.route('/courses', courseRoutes());
  app.route('/', completionRoutes());
  return app;
}
