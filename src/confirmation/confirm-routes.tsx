import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /confirm: an owner's accounts to confirm, correct or report closed. */
export function confirmRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
