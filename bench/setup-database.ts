import { sql } from 'kysely';
import { createApiToken } from '../src/api-tokens/create-api-token.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { loadActor } from '../src/platform/auth/sessions.js';
import { systemClock } from '../src/platform/clock.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { captureQueries, type QueryPlans } from './capture-queries.js';
import { scenarios, type Scenarios } from './scenarios.js';
import { msSince } from './stats.js';

/** A seeded benchmark database and what the measurements need from it. */
export interface BenchDatabase {
  url: string;
  file: string;
  accounts: number;
  seedSeconds: number;
  adminEmail: string;
  password: string;
  token: string;
  paths: Scenarios;
  plans: QueryPlans;
}

// Enough ids that repeated reads do not all hit the same few rows.
const ACCOUNT_READS = 500;

/**
 * Creates, migrates and seeds a SQLite file with the demo generator, applies any extra SQL
 * (to try an index before writing its migration), then issues an API token.
 */
export async function setupDatabase(
  file: string,
  accounts: number,
  extraSql: string[] = [],
): Promise<BenchDatabase> {
  const url = `file:${file}`;
  const handle = openDatabase(url);
  try {
    await migrateToLatest(handle);
    const started = process.hrtime.bigint();
    const demo = await seedDemo(handle.db, systemClock, {
      seed: 1,
      accounts,
      onProgress: (done, total) => process.stderr.write(`\r  seeding ${done} / ${total} accounts`),
    });
    const seedSeconds = msSince(started) / 1000;
    process.stderr.write('\n');
    if (!demo.created) throw new Error('The benchmark database was not empty.');
    for (const statement of extraSql) await sql.raw(statement).execute(handle.db);

    const admin = await handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', demo.adminEmail)
      .executeTakeFirstOrThrow();
    const actor = await loadActor(handle.db, admin.id, 'token');
    if (!actor) throw new Error(`The demo administrator ${demo.adminEmail} cannot act.`);
    const { secret } = await createApiToken(handle.db, systemClock, actor, 'Benchmark');

    const ids = await handle.db.selectFrom('accounts').select('id').orderBy('id').execute();
    const step = Math.max(1, Math.floor(ids.length / ACCOUNT_READS));
    const paths = scenarios(ids.filter((_, i) => i % step === 0).map((r) => r.id));
    const plans = await captureQueries(file, actor, secret, paths);
    return {
      url,
      file,
      accounts: demo.accounts,
      seedSeconds,
      adminEmail: demo.adminEmail,
      password: demo.password,
      token: secret,
      paths,
      plans,
    };
  } finally {
    await handle.close();
  }
}
