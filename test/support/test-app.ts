import type { Hono } from 'hono';
import { createApp } from '../../src/app.js';
import { Keyring, newKeyBytes, toMasterKey } from '../../src/credentials/keyring.js';
import { createApiToken } from '../../src/api-tokens/create-api-token.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { DatabaseHandle } from '../../src/platform/db/database.js';
import { loadEnv } from '../../src/platform/env.js';
import type { AppEnv } from '../../src/platform/http/context.js';
import { createLogger } from '../../src/platform/log.js';
import { TEST_PASSWORD } from './factories.js';
import { freshDatabase } from './test-db.js';
import { testClock, type TestClock } from './test-clock.js';

/** The application on a fresh database, with clients that act like a browser and an API caller. */
export interface TestApp {
  app: Hono<AppEnv>;
  handle: DatabaseHandle;
  db: DatabaseHandle['db'];
  clock: TestClock;
  /** The vault's master keys, a new random one per app. */
  keyring: Keyring;
  browser(): BrowserClient;
  signedIn(email: string, password?: string): Promise<BrowserClient>;
  api(actor: Actor): Promise<ApiClient>;
  close(): Promise<void>;
}

/** Starts the application in-process on a new database. */
export async function testApp(): Promise<TestApp> {
  const handle = await freshDatabase();
  const clock = testClock();
  const keyring = new Keyring([toMasterKey(newKeyBytes())]);
  const env = loadEnv({ LOG_LEVEL: 'silent' });
  const app = createApp({
    db: handle.db,
    dialect: handle.dialect,
    clock,
    log: createLogger('silent'),
    env,
    keyring,
  });
  const browser = () => new BrowserClient(app);
  return {
    app,
    handle,
    db: handle.db,
    clock,
    keyring,
    browser,
    async signedIn(email, password = TEST_PASSWORD) {
      const b = browser();
      const res = await b.post('/sign-in', { email, password });
      if (res.status !== 303) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      await b.get('/');
      return b;
    },
    async api(actor) {
      const { secret } = await createApiToken(handle.db, clock, actor, 'test');
      return new ApiClient(app, secret);
    },
    close: () => handle.close(),
  };
}

/** Keeps cookies and the last form token, like a browser without JavaScript. */
export class BrowserClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  lang: string | undefined;
  constructor(private readonly app: Hono<AppEnv>) {}

  /** Requests a page, remembering cookies and the page's form token. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (this.lang && !headers.has('accept-language')) headers.set('accept-language', this.lang);
    const res = await this.app.request(path, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attrs.some(
        (a) => /max-age=0/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    if ((res.headers.get('content-type') ?? '').includes('text/html')) {
      const html = await res.clone().text();
      const match = /name="_csrf" value="([^"]+)"/.exec(html);
      if (match?.[1]) this.csrf = match[1];
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  /** Submits a form as the browser would, with this page's form token. */
  async post(
    path: string,
    fields: Record<string, string>,
    opts: { csrf?: string | null } = {},
  ): Promise<Response> {
    if (this.csrf === null && opts.csrf === undefined) await this.get('/sign-in');
    const body = new URLSearchParams(fields);
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token) body.set('_csrf', token);
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  /** Submits a form with files (multipart/form-data), as a file upload from the browser. */
  async postMultipart(
    path: string,
    fields: Record<string, string>,
    files: Record<string, { name: string; content: string | Uint8Array; type?: string }> = {},
  ): Promise<Response> {
    if (this.csrf === null) await this.get('/sign-in');
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    for (const [name, file] of Object.entries(files))
      form.set(name, new Blob([file.content], { type: file.type ?? 'text/csv' }), file.name);
    if (this.csrf) form.set('_csrf', this.csrf);
    return this.request(path, { method: 'POST', body: form });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** Calls the JSON API with a personal token. */
export class ApiClient {
  constructor(
    private readonly app: Hono<AppEnv>,
    readonly token: string | null,
  ) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...(this.token && { authorization: `Bearer ${this.token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = text ? JSON.parse(text) : null;
    return { status: res.status, json };
  }

  get = (path: string) => this.call('GET', path);
  post = (path: string, body: unknown) => this.call('POST', path, body);
  patch = (path: string, body: unknown) => this.call('PATCH', path, body);
}
