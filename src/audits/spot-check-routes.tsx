import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages of a spot check's sample and checklist, mounted under /audits. */
export function spotCheckRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
