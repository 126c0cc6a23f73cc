import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /closures: the list of closures and the closure settings. */
export function closureListRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>();
}
