import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** The calendar feeds themselves at /calendar/{token}.ics, read without signing in. */
export function icsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
