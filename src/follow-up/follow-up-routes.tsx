import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /follow-up: the follow-up policy, the sweep's status and a run on demand. */
export function followUpRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
