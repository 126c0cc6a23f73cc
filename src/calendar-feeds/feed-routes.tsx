import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /feeds: a person's calendar subscriptions, made and regenerated. */
export function feedRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
