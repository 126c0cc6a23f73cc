import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /tasks: what is due for the signed-in person and for their units. */
export function taskRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
