import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** The unit overview under /units/:id/overview: its accounts, their people and gaps. */
export function unitOverviewRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
