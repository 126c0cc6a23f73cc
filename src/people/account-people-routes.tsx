import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /accounts/:id for the people who answer for an account and who has access at the platform. */
export function accountPeopleRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
