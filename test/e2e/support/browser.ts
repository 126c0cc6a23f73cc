import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { seedDemo } from '../../../src/demo/seed-demo.js';
import { systemClock } from '../../../src/platform/clock.js';
import { loadEnv } from '../../../src/platform/env.js';
import { createLogger } from '../../../src/platform/log.js';
import { startServer, type RunningServer } from '../../../src/server.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium, or a loud explanation of how to get it. */
export function findChromium(): string | null {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  const help =
    'Browser tests need Chromium: install it with `apt-get install -y chromium` ' +
    '(or point CHROMIUM_PATH at a Chromium binary).';
  if (process.env.CI === 'true') throw new Error(`No Chromium found. ${help}`);
  console.warn(`\n*** Skipping browser tests. ${help}\n`);
  return null;
}

/** A real server on a new demo database and a headless Chromium to drive it. */
export interface E2eWorld {
  server: RunningServer;
  browser: Browser;
  url: string;
  adminEmail: string;
  password: string;
  close(): Promise<void>;
}

/** Starts Kanalkoll on a temporary SQLite file with the demo municipality, and Chromium. */
export async function startWorld(
  executablePath: string,
  { demo = true }: { demo?: boolean } = {},
): Promise<E2eWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'kanalkoll-e2e-'));
  const env = loadEnv({
    DATABASE_URL: `file:${join(dir, 'e2e.sqlite')}`,
    PORT: '0',
    LOG_LEVEL: 'silent',
    KANALKOLL_MASTER_KEY_FILE: join(dir, 'master-key'),
  });
  const server = await startServer(env, createLogger('silent'));
  const seeded = demo
    ? await seedDemo(server.handle.db, systemClock, {
        seed: 7,
        accounts: 300,
        keyring: server.keyring,
      })
    : { adminEmail: '', password: '' };
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    server,
    browser,
    url: server.url,
    adminEmail: seeded.adminEmail,
    password: seeded.password,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The world a test file shares and its Swedish tab; `chromiumPath` is null when tests skip. */
export interface E2eSession {
  chromiumPath: string | null;
  world: E2eWorld;
  page: Page;
}

/**
 * Starts a demo world and a Swedish tab before the file's tests and closes them after; without
 * Chromium it starts nothing, for `describe.skipIf(!session.chromiumPath)`.
 */
export function useE2eSession(): E2eSession {
  const session = { chromiumPath: findChromium() } as E2eSession;
  beforeAll(async () => {
    if (!session.chromiumPath) return;
    session.world = await startWorld(session.chromiumPath);
    session.page = await newSwedishPage(session.world);
  });
  afterAll(async () => {
    await session.world?.close();
  });
  return session;
}

/** A new tab that prefers Swedish, as a Swedish municipality's browsers do. */
export async function newSwedishPage(world: E2eWorld, locale = 'sv-SE'): Promise<Page> {
  // axe needs a page in a context of its own.
  const context = await world.browser.newContext({ locale });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Signs in through the form. */
export async function signIn(page: Page, world: E2eWorld, email = world.adminEmail): Promise<void> {
  await page.goto(`${world.url}/sign-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(world.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

/** Fails with the rule, the help and the elements when the page breaks WCAG 2.1 AA. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const problems = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(problems, `${page.url()}\n${problems.join('\n')}`).toEqual([]);
}
