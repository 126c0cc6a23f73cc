import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /handovers: the tasks to hand over the accounts of people who left or moved. */
export function handoverRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
