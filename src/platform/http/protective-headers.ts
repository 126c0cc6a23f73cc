import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './context.js';
import { AppError } from './errors.js';

/** Forms and API bodies are small; anything larger is refused before it is read. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Refuses bodies over the limit with a validation error in the caller's language. */
export function limitBody(): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('validation_failed', [{ path: [], message: 'validation.too_large' }]);
    },
  });
}

/** Refuses a URL carrying NUL, which no page needs and PostgreSQL cannot store. */
export function refuseNulInUrl(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (/%00/i.test(c.req.url))
      throw new AppError('validation_failed', [{ path: [], message: 'validation.invalid' }]);
    await next();
  };
}

/**
 * Headers for every answer: no framing (one-click buttons must not be clickjacked), no type
 * sniffing, no address leaking to other sites, and no caching of pages with personal data.
 */
export function protectiveHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', "frame-ancestors 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    // A route that sets its own caching (a calendar feed) keeps it; everything else is private.
    if (!c.req.path.startsWith('/static/') && !c.res.headers.has('Cache-Control'))
      c.header('Cache-Control', 'no-store');
  };
}
