import SQLite from 'better-sqlite3';

// The application's connection settings (src/platform/db/database.ts), so that the raw timings
// and the bare server measure the same database work, not a differently tuned one.
export const APP_PRAGMAS = ['cache_size = -32000', 'temp_store = memory'];

/** Opens the benchmark database with better-sqlite3, tuned as the application tunes it. */
export function openSqlite(file: string): SQLite.Database {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  for (const pragma of APP_PRAGMAS) db.pragma(pragma);
  return db;
}
