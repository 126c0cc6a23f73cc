// A bare node:http server answering the benchmark's API paths with the application's SQL,
// run straight on better-sqlite3: the yardstick for the application's own overhead.
// Usage: PORT=… node --import tsx bench/bare-server.ts <database file> <query plans JSON>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type SQLite from 'better-sqlite3';
import type { PlannedQuery, QueryPlans } from './capture-queries.js';
import { openSqlite } from './open-sqlite.js';

const [file, plansFile] = process.argv.slice(2);
if (!file || !plansFile) throw new Error('Usage: bare-server.ts <database file> <plans file>');
const plans = JSON.parse(readFileSync(plansFile, 'utf8')) as QueryPlans;
const db = openSqlite(file);
const statements = new Map<string, SQLite.Statement>();
const prepared = (sql: string) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
};

/** The JSON of a list request: its status counts, total and page of rows. */
function list(queries: PlannedQuery[]): unknown {
  const statusCounts: Record<string, number> = {};
  let items: unknown[] = [];
  for (const q of queries) {
    const rows = prepared(q.sql).all(...q.params);
    if (q.role === 'counts')
      for (const row of rows as { status: string; n: number }[]) statusCounts[row.status] = row.n;
    else items = rows;
  }
  const total = Object.values(statusCounts).reduce((a, b) => a + b, 0);
  return { items, total, statusCounts };
}

const server = createServer((req, res) => {
  const path = req.url ?? '/';
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (path === '/health') return send(200, { status: 'ok' });
  const queries = plans.requests[path];
  if (queries) return send(200, list(queries));
  const id = /^\/api\/v1\/accounts\/(\d+)$/.exec(path)?.[1];
  const row = id ? prepared(plans.accountSql).get(Number(id)) : undefined;
  return row ? send(200, row) : send(404, { error: 'not found' });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
