import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPostgresDatabase, TEST_DIALECT } from './test-db.js';

/** An empty database of the suite's dialect, named by URL, for tests that start processes. */
export async function scratchDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  if (TEST_DIALECT === 'postgres') return newPostgresDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'kanalkoll-test-'));
  return {
    url: `file:${join(dir, 'kanalkoll.sqlite')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
