// The follow-up sweep over the seeded register, on SQLite and (given a server) PostgreSQL, at two
// sizes, each in a child process so that its memory is measured alone; and the digest rate.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { seedDemo } from '../src/demo/seed-demo.js';
import { systemClock } from '../src/platform/clock.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { timeDigestRendering, type DigestRate } from './digest-rate.js';

/** One database's sweeps: the first (writing every reminder) and those after it. */
export interface SweepTiming {
  database: string;
  accounts: number;
  firstMs: number;
  /** The median of the sweeps after the first, which find the same and write nothing. */
  againMs: number;
  /** The most heap the sweep held at once, garbage collected, less what was held before. */
  heldMb: number;
  peakRssMb: number;
  found: number;
  written: number;
  messages: number;
}

/** Every sweep measured, and the digest rendering rate. */
export interface SweepBench {
  runs: SweepTiming[];
  digests: DigestRate;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs bench/sweep-child.ts on a database and reads its line of JSON. */
function measure(root: string, database: string, url: string): SweepTiming {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/sweep-child.ts', url],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out.trim().split('\n').at(-1)!);
  return { database, ...r, againMs: median(r.againMs) };
}

async function seeded(url: string, accounts: number): Promise<void> {
  const handle = openDatabase(url);
  try {
    await migrateToLatest(handle);
    await seedDemo(handle.db, systemClock, { seed: 1, accounts });
    // The demo seeder writes each account and then updates it (confirmation and end dates),
    // which leaves PostgreSQL a table twice its size; packed and analysed, it is as a register
    // filled by use (or restored from a dump) would be.
    if (handle.dialect === 'postgres') await sql`vacuum full analyze`.execute(handle.db);
  } finally {
    await handle.close();
  }
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Times the sweep on the benchmark's SQLite database, on a smaller one seeded alike (to show
 * that memory does not grow with the register) and, with a PostgreSQL server, on both sizes there.
 */
export async function timeSweeps(opts: {
  root: string;
  dir: string;
  sqliteUrl: string;
  accounts: number;
  pgUrl?: string;
  step: (text: string) => void;
}): Promise<SweepBench> {
  const { root, step } = opts;
  const small = Math.max(1000, Math.round(opts.accounts / 5));
  const runs: SweepTiming[] = [];
  const smallUrl = `file:${join(opts.dir, 'sweep-small.sqlite')}`;
  step(`  seeding ${small} accounts for the smaller sweep`);
  await seeded(smallUrl, small);
  step('  SQLite');
  runs.push(measure(root, 'SQLite', smallUrl), measure(root, 'SQLite', opts.sqliteUrl));
  if (opts.pgUrl) {
    for (const size of [small, opts.accounts]) {
      const name = `kanalkoll_bench_sweep_${size}`;
      await onServer(opts.pgUrl, `drop database if exists ${name} with (force)`);
      await onServer(opts.pgUrl, `create database ${name}`);
      const url = new URL(opts.pgUrl);
      url.pathname = `/${name}`;
      try {
        step(`  seeding ${size} accounts in PostgreSQL`);
        await seeded(url.toString(), size);
        step('  PostgreSQL');
        runs.push(measure(root, 'PostgreSQL', url.toString()));
      } finally {
        await onServer(opts.pgUrl, `drop database if exists ${name} with (force)`);
      }
    }
  }
  step('  digest rendering');
  return { runs, digests: timeDigestRendering() };
}
