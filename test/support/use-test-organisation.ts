import { afterAll, beforeAll } from 'vitest';
import { makeOrganisation, type Organisation } from './factories.js';
import { testApp, type TestApp } from './test-app.js';

/**
 * The application on a fresh database with the usual small organisation, shared by a test file.
 * The two objects returned are filled in before the file's first test (its own `beforeAll`
 * hooks run after, and may use them) and the database is removed after its last test.
 */
export function useTestOrganisation(opts: { at?: string } = {}): {
  t: TestApp;
  org: Organisation;
} {
  const t = {} as TestApp;
  const org = {} as Organisation;
  beforeAll(async () => {
    Object.assign(t, await testApp());
    if (opts.at) t.clock.set(opts.at);
    Object.assign(org, await makeOrganisation(t.db, t.clock));
  });
  afterAll(() => t.close?.());
  return { t, org };
}
