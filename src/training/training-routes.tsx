import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /training: courses, completions and training that expires soon. */
export function trainingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
