import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';
import { questionRoutes } from './question-routes.js';
import { spotCheckRoutes } from './spot-check-routes.js';

/** Audits: the list, an audit with its report, and the pages of each kind. */
export function auditRoutes() {
  const app = new Hono<AppEnv>();
  app.route('/', questionRoutes());
  app.route('/', spotCheckRoutes());
  return app;
}
