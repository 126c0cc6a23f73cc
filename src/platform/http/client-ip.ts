import type { Context } from 'hono';

/** The caller's IP address; behind a trusted proxy, the address that proxy saw. */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; anything before it the client may have made up.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** A path inside the application to return to after signing in, or the start page. */
export function safeNext(next: string | undefined): string {
  // Browsers drop tabs and line breaks in URLs, so "/\t/evil.example" would leave the site.
  if (!next || !next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  const base = 'http://kanalkoll.invalid';
  const url = new URL(next, base);
  return url.origin === base ? url.pathname + url.search + url.hash : '/';
}
