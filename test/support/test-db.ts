import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';

/** Which database the integration suite runs on: SQLite by default, PostgreSQL when asked. */
export const TEST_DIALECT = process.env.KANALKOLL_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const PG_URL = process.env.KANALKOLL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database on the test server, and how to drop it. */
export async function newPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kk_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await onServer(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(`drop database if exists ${name} with (force)`),
  };
}

/** A new, migrated, empty database of its own; `close` removes it again. */
export async function freshDatabase(): Promise<DatabaseHandle> {
  if (TEST_DIALECT === 'sqlite') {
    const handle = openDatabase('file::memory:');
    await migrateToLatest(handle);
    return handle;
  }
  const database = await newPostgresDatabase();
  const handle = openDatabase(database.url);
  await migrateToLatest(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await database.drop();
    },
  };
}
