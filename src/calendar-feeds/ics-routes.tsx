import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';
import { notFound } from '../platform/http/errors.js';
import { FEED_FILE } from './calendar-feed.js';
import { renderCalendarFeed } from './render-calendar-feed.js';
import { resolveFeedToken } from './resolve-feed-token.js';

// Calendars poll on their own schedule; a short private cache spares a burst of fetches.
const CACHE_CONTROL = 'private, max-age=900';

/** Whether an If-None-Match header names this ETag (or any). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((v) => v.trim().replace(/^W\//, ''))
    .some((v) => v === etag || v === '*');
}

/** The calendar feeds themselves at /calendar/{token}.ics, read without signing in. */
export function icsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:file', async (c, next) => {
    const token = FEED_FILE.exec(c.req.param('file'))?.[1];
    // Other paths under /calendar belong to the working-day calendar.
    if (!token) {
      if (c.req.param('file').endsWith('.ics')) throw notFound();
      return next();
    }
    const { db, clock, env } = c.get('deps');
    const feed = await resolveFeedToken(db, clock, token);
    if (!feed) throw notFound();
    const body = await renderCalendarFeed(db, clock, env, feed);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    const headers = {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="kanalkoll.ics"',
      'Cache-Control': CACHE_CONTROL,
      ETag: etag,
    };
    if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    return c.body(body, 200, headers);
  });

  return app;
}
