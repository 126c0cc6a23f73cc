import { Hono } from 'hono';
import { platformChoices } from '../accounts/account-choices.js';
import type { AppEnv } from '../platform/http/context.js';
import { idFromPath } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { listUnitOverview } from './list-unit-overview.js';
import { parseOverviewQuery } from './schemas.js';
import { unitOverviewPage } from './unit-overview-page.js';

/** The unit overview under /units/:id/overview: its accounts, their people and gaps. */
export function unitOverviewRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/overview', async (c) => {
    const { db, clock } = c.get('deps');
    const { query } = parseOverviewQuery(c.req.query());
    const today = stockholmDate(clock.now());
    const result = await listUnitOverview(db, actorOf(c), idFromPath(c), query, today);
    const platforms = await platformChoices(db);
    return unitOverviewPage(c, { query, result, platforms });
  });

  return app;
}
