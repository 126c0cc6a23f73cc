import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages of a response-time audit's test questions, mounted under /audits. */
export function questionRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
