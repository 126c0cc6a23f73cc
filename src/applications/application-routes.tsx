import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /applications: the lists, the form, an application with its decisions, the settings. */
export function applicationRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>();
}
