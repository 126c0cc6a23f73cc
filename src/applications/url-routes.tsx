import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** The page under /applications/:id/url where an approved account's address is entered. */
export function applicationUrlRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>();
}
