import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';

/** Which database the integration suite runs on: SQLite by default, PostgreSQL when asked. */
export const TEST_DIALECT = process.env.KANALKOLL_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const PG_URL = process.env.KANALKOLL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A new, migrated, empty database of its own; `close` removes it again. */
export async function freshDatabase(): Promise<DatabaseHandle> {
  if (TEST_DIALECT === 'sqlite') {
    const handle = openDatabase('file::memory:');
    await migrateToLatest(handle);
    return handle;
  }
  const name = `kk_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString());
  await migrateToLatest(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const drop = new pg.Client({ connectionString: PG_URL });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}
