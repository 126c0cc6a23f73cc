import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages of the internal-control plans, mounted under /plans. */
export function planRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
