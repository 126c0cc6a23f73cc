import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type SQLiteDatabase from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.js';
import { withStatementCache } from './statement-cache.js';

// Only the driver in use is loaded: it shortens the start of the embedded setup.
const require = createRequire(import.meta.url);

/** The database handle every domain function takes: Kysely or an open transaction. */
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type DbOrTx = Db | Tx;
export type Dialect = 'sqlite' | 'postgres';

/** A connected database and the dialect it speaks. */
export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

/** Whether a URL names PostgreSQL rather than an embedded SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Opens SQLite (`file:./data/x.sqlite`, `file::memory:`) or PostgreSQL (`postgres://…`). */
export function openDatabase(url: string, onIdleError?: (error: Error) => void): DatabaseHandle {
  if (isPostgresUrl(url)) {
    // Dates stay strings: the schema keeps ISO text in both databases.
    const { Pool } = require('pg') as typeof pg;
    const pool = new Pool({ connectionString: url, max: 10 });
    // An idle connection that the server closes (restart, failover) must not crash the
    // process; the pool opens a new one on the next query.
    pool.on('error', (error) => onIdleError?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = url.replace(/^(file:|sqlite:)/, '');
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const SQLite = require('better-sqlite3') as typeof SQLiteDatabase;
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 32 MB of page cache keeps the register's indexes in memory at 100,000 accounts.
  sqlite.pragma('cache_size = -32000');
  sqlite.pragma('temp_store = memory');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** Whether a handle (or transaction) talks to PostgreSQL; for the few statements that differ. */
export function isPostgres(db: DbOrTx): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
