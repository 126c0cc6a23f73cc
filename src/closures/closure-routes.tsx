import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /accounts/:id/closure: start, the checklist, cancel. */
export function closureRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>();
}
