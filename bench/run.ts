// `npm run bench`: seeds a fresh SQLite database, loads the application and a bare node:http
// server running the same SQL, and writes what it measured to BENCHMARKS.md.
// Options: --accounts N (100000), --seconds S (10), --warmup S (2), --out FILE (BENCHMARKS.md),
// --cpu-prof DIR (writes a CPU profile of the application's server process there),
// --sql STATEMENT (repeatable; run after seeding, e.g. to try an index before its migration),
// --pg URL (a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres, on which the
// follow-up sweep is measured too, in databases of its own that it drops afterwards).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { timeAudits } from './audits.js';
import type { PlannedQuery } from './capture-queries.js';
import { measureHttp, type LoadSettings } from './measure-http.js';
import { freePort, memoryOf, startNode, stopAll, stopServer, waitForHealth } from './processes.js';
import { timeRawQueries } from './raw-queries.js';
import {
  HTML,
  HTML_ONE,
  LIST,
  LIST_ONE,
  markdownReport,
  textReport,
  type HttpMeasurement,
} from './report.js';
import { setupDatabase } from './setup-database.js';
import { signIn } from './sign-in.js';
import { timeSweeps } from './sweep.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'cpu-prof': { type: 'string' },
    sql: { type: 'string', multiple: true, default: [] },
    pg: { type: 'string' },
  },
});
const settings: LoadSettings = {
  connections: 10,
  warmupSeconds: Number(values.warmup),
  seconds: Number(values.seconds),
};
const step = (text: string) => process.stderr.write(`${text}\n`);
const sqlOf = (queries: PlannedQuery[] = []) => queries.map((q) => q.sql);

/** Runs every measurement in order and returns the report. */
async function bench(dir: string) {
  const loadBefore = loadavg()[0]!;
  if (loadBefore > 0.5) step(`Note: the machine is busy (load average ${loadBefore.toFixed(2)}).`);
  step(`Seeding ${values.accounts} accounts in ${dir}`);
  const db = await setupDatabase(join(dir, 'bench.sqlite'), Number(values.accounts), values.sql);
  const plansFile = join(dir, 'plans.json');
  writeFileSync(plansFile, JSON.stringify(db.plans));

  step('Timing the SQL in-process');
  const raw = timeRawQueries(db.file, db.plans, db.paths);

  step('Starting the application');
  const profile = values['cpu-prof']
    ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof'])]
    : [];
  // The sweep is measured on its own below, not while requests are timed.
  const env = { DATABASE_URL: db.url, LOG_LEVEL: 'warn', HOST: '127.0.0.1', SWEEP_MINUTES: '0' };
  const app = startNode(
    'The application',
    root,
    // The same flags as `npm start`.
    [...profile, '--max-semi-space-size=16', '--import', 'tsx', 'src/cli.ts', 'serve'],
    env,
    await freePort(),
  );
  const coldStartMs = await waitForHealth(app);
  const idleMemory = memoryOf(app.child.pid!);
  const bearer = { authorization: `Bearer ${db.token}` };
  const cookie = { cookie: await signIn(app.url, db.adminEmail, db.password) };
  const measured = [
    { name: LIST, paths: db.paths.list, headers: bearer, connections: 10 },
    { name: LIST_ONE, paths: db.paths.list, headers: bearer, connections: 1 },
    { name: 'API search', paths: db.paths.search, headers: bearer, connections: 10 },
    { name: 'API account by id', paths: db.paths.account, headers: bearer, connections: 10 },
    { name: HTML, paths: db.paths.html, headers: cookie, connections: 10 },
    { name: HTML_ONE, paths: db.paths.html, headers: cookie, connections: 1 },
  ];
  const http: HttpMeasurement[] = [];
  for (const { name, paths, headers, connections } of measured) {
    step(`  ${name}`);
    const result = await measureHttp(app.url, paths, headers, { ...settings, connections });
    http.push({ name, path: paths[0]!, variants: paths.length, connections, app: result });
  }
  const memory = { ...memoryOf(app.child.pid!), idleMb: idleMemory.rssMb, bareMb: 0 };
  await stopServer(app);

  step('Starting the bare server');
  const bareArgs = ['--import', 'tsx', 'bench/bare-server.ts', db.file, plansFile];
  const bare = startNode('The bare server', root, bareArgs, {}, await freePort());
  await waitForHealth(bare);
  // The bare server answers the API paths only; it has no pages.
  for (const [i, m] of measured.entries()) {
    if (m.headers !== bearer) continue;
    step(`  ${m.name}`);
    http[i]!.bare = await measureHttp(
      bare.url,
      m.paths,
      {},
      { ...settings, connections: m.connections },
    );
  }
  memory.bareMb = memoryOf(bare.child.pid!).rssMb;
  await stopServer(bare);

  // Last, as it adds audits to the database the requests above ran against.
  step('Timing the audits');
  const audits = await timeAudits(db.url, db.adminEmail);

  step('Timing the follow-up sweep');
  const sweep = await timeSweeps({
    root,
    dir,
    sqliteUrl: db.url,
    accounts: db.accounts,
    pgUrl: values.pg,
    step,
  });

  return {
    date: new Date(),
    loadBefore,
    database: ['SQLite (file, WAL)', ...values.sql.map((s) => `after \`${s}\``)].join(', '),
    accounts: db.accounts,
    seedSeconds: db.seedSeconds,
    settings,
    coldStartMs,
    memory,
    http,
    raw,
    audits,
    sweep,
    statements: [
      { name: 'API filtered list (page 1)', sql: sqlOf(db.plans.requests[db.paths.list[0]!]) },
      { name: 'API search', sql: sqlOf(db.plans.requests[db.paths.search[0]!]) },
      { name: 'The token check before every API request', sql: sqlOf(db.plans.auth) },
    ],
  };
}

const dir = mkdtempSync(join(tmpdir(), 'kanalkoll-bench-'));
const cleanUp = async () => {
  await stopAll();
  rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

try {
  const results = await bench(dir);
  process.stdout.write(`\n${textReport(results)}\n`);
  const out = resolve(root, values.out);
  writeFileSync(out, markdownReport(results));
  step(`\nWrote ${out}`);
} catch (error) {
  process.stderr.write(
    `\nThe benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await cleanUp();
}
