import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';

/** Pages under /absences: absences and who covers which account. */
export function absenceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  return app;
}
