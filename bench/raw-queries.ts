import type SQLite from 'better-sqlite3';
import type { PlannedQuery, QueryPlans } from './capture-queries.js';
import { openSqlite } from './open-sqlite.js';
import type { Scenarios } from './scenarios.js';
import { msSince, percentiles, type Percentiles } from './stats.js';

/** The time of one statement, or of every statement of a request, run straight on better-sqlite3. */
export interface RawTiming extends Percentiles {
  name: string;
  iterations: number;
}

// Up to this many runs or this long, but never fewer runs than the minimum.
const MAX_ITERATIONS = 2000;
const MIN_ITERATIONS = 20;
const MAX_MS = 3000;

/** Runs the statements with prepared better-sqlite3 statements, to show the database's share. */
export function timeRawQueries(file: string, plans: QueryPlans, paths: Scenarios): RawTiming[] {
  const db = openSqlite(file);
  try {
    const statements = new Map<string, SQLite.Statement>();
    const run = (q: PlannedQuery) => {
      let statement = statements.get(q.sql);
      if (!statement) statements.set(q.sql, (statement = db.prepare(q.sql)));
      return q.role === 'row' ? statement.get(...q.params) : statement.all(...q.params);
    };
    const accounts = paths.account.map((p): PlannedQuery[] => [
      { role: 'row', sql: plans.accountSql, params: [Number(p.split('/').pop())] },
    ]);
    const groups: [string, PlannedQuery[][]][] = [
      ['filtered list', paths.list.map((p) => plans.firstRequests[p] ?? [])],
      ['search', paths.search.map((p) => plans.firstRequests[p] ?? [])],
      ['filtered list, counts cached', paths.list.map((p) => plans.requests[p] ?? [])],
      ['account by id', accounts],
      ['token check', [plans.auth]],
    ];
    return groups.flatMap(([name, variants]) => timeGroup(name, variants, run));
  } finally {
    db.close();
  }
}

/** Times whole requests and, when there are several statements, each statement by its role. */
function timeGroup(
  name: string,
  variants: PlannedQuery[][],
  run: (q: PlannedQuery) => unknown,
): RawTiming[] {
  const whole: number[] = [];
  const byRole = new Map<string, number[]>();
  // One untimed round prepares the statements and warms the page cache.
  for (const v of variants) v.forEach(run);
  const started = process.hrtime.bigint();
  for (let i = 0; i < MAX_ITERATIONS && (i < MIN_ITERATIONS || msSince(started) < MAX_MS); i++) {
    const variant = variants[i % variants.length]!;
    const requestStart = process.hrtime.bigint();
    variant.forEach((q, n) => {
      const start = process.hrtime.bigint();
      run(q);
      const key = `${n + 1}. ${describe(q)}`;
      if (!byRole.has(key)) byRole.set(key, []);
      byRole.get(key)!.push(msSince(start));
    });
    whole.push(msSince(requestStart));
  }
  const timings = [
    { name: `${name}: all statements`, iterations: whole.length, ...percentiles(whole) },
  ];
  if (byRole.size > 1)
    for (const [key, durations] of byRole)
      timings.push({
        name: `${name}: ${key}`,
        iterations: durations.length,
        ...percentiles(durations),
      });
  return timings;
}

/** A short name for a statement: what it is for and which table it reads. */
function describe(q: PlannedQuery): string {
  const table = /\bfrom\s+"?(\w+)"?/i.exec(q.sql)?.[1] ?? '?';
  const what = {
    counts: 'count per status',
    version: 'register version',
    page: 'page rows',
    row: 'one row',
    auth: 'read',
  };
  return `${what[q.role]} (${table})`;
}
