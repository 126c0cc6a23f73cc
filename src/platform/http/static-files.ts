import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv } from './context.js';

const require = createRequire(import.meta.url);
const publicDir = fileURLToPath(new URL('../../../public/', import.meta.url));

// Read once at start: a handful of small files, served from memory with a long cache.
const FILES: Record<string, { path: string; type: string }> = {
  'app.css': { path: `${publicDir}app.css`, type: 'text/css; charset=utf-8' },
  'app.js': { path: `${publicDir}app.js`, type: 'text/javascript; charset=utf-8' },
  'credential-copy.js': {
    path: `${publicDir}credential-copy.js`,
    type: 'text/javascript; charset=utf-8',
  },
  'htmx.min.js': {
    path: require.resolve('htmx.org/dist/htmx.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

/** Serves the stylesheet and scripts under /static. */
export function mountStaticFiles(app: Hono<AppEnv>): void {
  const loaded = new Map(
    Object.entries(FILES).map(([name, f]) => [name, { body: readFileSync(f.path), type: f.type }]),
  );
  app.get('/static/:name', (c) => {
    const file = loaded.get(c.req.param('name'));
    if (!file) return c.notFound();
    return c.body(file.body, 200, {
      'content-type': file.type,
      'cache-control': 'public, max-age=3600',
    });
  });
}
