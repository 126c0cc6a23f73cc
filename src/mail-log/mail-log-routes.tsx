import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /mail-log: every message, its delivery, the local mailbox and resending. */
export function mailLogRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
