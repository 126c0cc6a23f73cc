import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /people: the people policy. */
export function peopleRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
