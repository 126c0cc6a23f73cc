import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../auth/policy.js';
import type { AppEnv, Ctx } from './context.js';
import { AppError } from './errors.js';

/** Lets only signed-in people through; others are sent to sign in (see the error handler). */
export function requireActor(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('actor')) throw new AppError('unauthenticated');
    await next();
  };
}

/** The signed-in actor of a request that passed `requireActor`. */
export function actorOf(c: Ctx): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('unauthenticated');
  return actor;
}
