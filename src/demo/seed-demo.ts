import { sql } from 'kysely';
import { bumpRegisterVersion } from '../accounts/register-version.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { hashPassword } from '../platform/auth/password.js';
import type { Clock } from '../platform/clock.js';
import { isPostgres, type Db, type DbOrTx, type Tx } from '../platform/db/database.js';
import type { NewAccountRow } from '../platform/db/schema.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { demoAccounts } from './accounts.js';
import { insertInternalControl } from './internal-control.js';
import { DEMO_ORGANISATION_NAME, insertOrganisation } from './organisation.js';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, insertPeople } from './people.js';
import { seededRandom } from './random.js';
import { insertDemoAbsencesAndTraining } from './absences-training.js';
import { insertDemoAccountPeople } from './account-people.js';
import { insertDemoCredentials } from './credentials.js';
import type { DemoContext } from './demo-context.js';
import { insertDemoDepartures } from './departures.js';
import { insertDemoFollowUp } from './follow-up.js';
import { insertDemoApplications } from './applications.js';
import { insertDemoClosures } from './closures.js';
import { insertDemoConfirmationRounds } from './confirmation-rounds.js';
import type { Keyring } from '../credentials/keyring.js';

export { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from './people.js';

/** What seeding did, and how to sign in afterwards. */
export interface DemoResult {
  created: boolean;
  adminEmail: string;
  password: string;
  units: number;
  users: number;
  accounts: number;
}

/** How much demo data to make, from which seed, and whom to tell how far it has got. */
export interface SeedDemoOptions {
  seed?: number;
  accounts?: number;
  onProgress?: (done: number, total: number) => void;
  /** The vault's keys; without them no demo credential is stored in the vault. */
  keyring?: Keyring;
}

// 500 rows of 27 columns stay well below SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const BATCH_SIZE = 500;
// An arbitrary constant naming the demo seeder's lock in PostgreSQL.
const SEED_LOCK = 4_711_002;

/** Fills a database nobody can sign in to yet with the demo municipality Exempelstad; otherwise does nothing. */
export async function seedDemo(
  db: Db,
  clock: Clock,
  options: SeedDemoOptions = {},
): Promise<DemoResult> {
  const nothing: DemoResult = {
    created: false,
    adminEmail: DEMO_ADMIN_EMAIL,
    password: DEMO_PASSWORD,
    units: 0,
    users: 0,
    accounts: 0,
  };
  if (await hasUsers(db)) return nothing;
  const seed = options.seed ?? 1;
  const total = Math.max(0, Math.floor(options.accounts ?? 900));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // One transaction: a seeding cut short leaves an empty database, not a half-filled one that
  // would never be filled because it already has people.
  return db.transaction().execute(async (tx) => {
    // Several app instances started with --demo at once must not all seed.
    if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(tx);
    if (await hasUsers(tx)) return nothing;
    const units = await insertOrganisation(tx, clock);
    const unitIds = new Map(units.map((u) => [u.name, u.id]));
    const root = units[0];
    if (!root) throw new Error('The demo organisation has no top unit.');
    unitIds.set(DEMO_ORGANISATION_NAME, root.id);
    const people = await insertPeople(tx, clock, unitIds, passwordHash);
    const context = {
      today: stockholmDate(clock.now()),
      now: clock.now().toISOString(),
      createdBy: people.adminId,
    };
    let done = 0;
    for (const batch of batches(
      demoAccounts(seededRandom(seed), units, total, context),
      BATCH_SIZE,
    )) {
      await tx.insertInto('accounts').values(batch).execute();
      done += batch.length;
      options.onProgress?.(done, total);
    }
    await writeInitialStatuses(tx, people.adminId);
    await insertInternalControl(tx, seededRandom(seed + 1), {
      unitIds,
      adminId: people.adminId,
      auditorId: await auditorOf(tx),
      year: Number(context.today.slice(0, 4)),
      now: context.now,
    });
    const demo: DemoContext = {
      tx,
      clock,
      today: context.today,
      now: context.now,
      adminId: people.adminId,
      unitIds,
    };
    await insertDemoAccountPeople(demo, seededRandom(seed + 2));
    await insertDemoAbsencesAndTraining(demo, seededRandom(seed + 3));
    await insertDemoCredentials(demo, seededRandom(seed + 4), options.keyring);
    await insertDemoDepartures(demo);
    await insertDemoFollowUp(demo, seededRandom(seed + 5));
    await insertDemoConfirmationRounds(demo, seededRandom(seed + 6));
    await insertDemoApplications(demo, seededRandom(seed + 7));
    await insertDemoClosures(demo, seededRandom(seed + 8));
    const counts = { seed, units: units.length, users: people.count, accounts: done };
    await bumpRegisterVersion(tx);
    await recordAuditEvent(tx, clock, {
      actorUserId: people.adminId,
      action: 'demo.seed',
      objectType: 'unit',
      objectId: root.id,
      unitId: root.id,
      summary: `Demodata: ${counts.units} enheter, ${counts.users} personer, ${counts.accounts} konton`,
      after: counts,
    });
    return {
      ...nothing,
      created: true,
      units: counts.units,
      users: counts.users,
      accounts: counts.accounts,
    };
  });
}

async function auditorOf(tx: Tx): Promise<number> {
  const row = await tx
    .selectFrom('role_assignments')
    .select('user_id')
    .where('role', '=', 'auditor')
    .orderBy('user_id')
    .executeTakeFirstOrThrow();
  return row.user_id;
}

async function hasUsers(db: DbOrTx): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

function* batches(rows: Iterable<NewAccountRow>, size: number): Generator<NewAccountRow[]> {
  let batch: NewAccountRow[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

// Each account's history starts with its status, as when an account is registered by hand;
// written in one statement because one insert per account is far too slow for 100,000.
async function writeInitialStatuses(tx: Tx, seededBy: number): Promise<void> {
  await tx
    .insertInto('account_history')
    .columns([
      'account_id',
      'field',
      'old_value',
      'new_value',
      'reason',
      'effective_on',
      'changed_by',
      'changed_at',
    ])
    .expression(
      tx
        .selectFrom('accounts')
        .select([
          'id',
          sql<string>`'status'`.as('field'),
          sql<null>`null`.as('old_value'),
          'status',
          'status_reason',
          'status_changed_on',
          'created_by',
          'created_at',
        ])
        .where('created_by', '=', seededBy),
    )
    .execute();
}
