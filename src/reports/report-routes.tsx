import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /reports: the yearly account report per unit, as a page and as CSV. */
export function reportRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
