import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /accounts/:id/credentials: the pointer, the vault, re-authentication and reveals. */
export function credentialRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
