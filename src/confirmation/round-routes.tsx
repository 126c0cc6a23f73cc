import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /rounds: opening, following and closing yearly confirmation rounds. */
export function roundRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
