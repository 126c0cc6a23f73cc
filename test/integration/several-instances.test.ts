import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { Keyring, newKeyBytes, toMasterKey } from '../../src/credentials/keyring.js';
import { createAccount } from '../../src/accounts/create-account.js';
import { verifyAuditChain } from '../../src/audit-trail/verify-audit-chain.js';
import { systemClock } from '../../src/platform/clock.js';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { loadEnv } from '../../src/platform/env.js';
import { createLogger } from '../../src/platform/log.js';
import { makeOrganisation } from '../support/factories.js';
import { scratchDatabaseUrl } from '../support/scratch-database.js';
import { BrowserClient } from '../support/test-app.js';
import { TEST_DIALECT } from '../support/test-db.js';

// Two instances of the application sharing one database, as behind a load balancer. That is
// what PostgreSQL is for; the embedded SQLite database serves one instance.
let database: Awaited<ReturnType<typeof scratchDatabaseUrl>>;
let a: DatabaseHandle;
let b: DatabaseHandle;

beforeAll(async () => {
  if (TEST_DIALECT === 'sqlite') return;
  database = await scratchDatabaseUrl();
  a = openDatabase(database.url);
  b = openDatabase(database.url);
});
afterAll(async () => {
  if (TEST_DIALECT === 'sqlite') return;
  await a.close();
  await b.close();
  await database.drop();
});

const appOn = (handle: DatabaseHandle) =>
  createApp({
    db: handle.db,
    dialect: handle.dialect,
    clock: systemClock,
    log: createLogger('silent'),
    keyring: new Keyring([toMasterKey(newKeyBytes())]),
    env: loadEnv({ LOG_LEVEL: 'silent' }),
  });

describe.skipIf(TEST_DIALECT === 'sqlite')('several instances on one database', () => {
  it('migrate at the same time without harm', async () => {
    const [first, second] = await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
    expect([...first, ...second].sort()).toEqual(
      [
        '0001-initial',
        '0002-platforms',
        '0003-audit-unit-index',
        '0004-fast-register-list',
        '0005-register-version',
        '0006-settings',
        '0007-actions',
        '0008-audits',
        '0009-people-and-vault',
        '0010-follow-up',
        '0011-applications-and-closures',
      ].sort(),
    );
  });

  it('share sessions: signed in on one, recognised by the other', async () => {
    await makeOrganisation(a.db, systemClock);
    const onA = new BrowserClient(appOn(a));
    await onA.post('/sign-in', {
      email: 'admin@exempel.se',
      password: 'correct horse battery staple',
    });
    const cookie = onA.cookie('kk_session');
    const onB = await appOn(b).request('/', { headers: { cookie: `kk_session=${cookie}` } });
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain('Ada Admin');
  });

  it('keep one unbroken audit trail when both write at once', async () => {
    const unit = await a.db
      .selectFrom('units')
      .select('id')
      .where('parent_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const { loadActor } = await import('../../src/platform/auth/sessions.js');
    const admin = (await loadActor(a.db, 1, 'session'))!;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createAccount(i % 2 ? a.db : b.db, systemClock, admin, {
          platform: 'facebook',
          handle: `samtidigt${i}`,
          displayName: `Samtidigt ${i}`,
          unitId: unit.id,
          type: 'official',
        }),
      ),
    );
    const chain = await verifyAuditChain(b.db);
    expect(chain).toMatchObject({ ok: true });
    expect(chain.count).toBeGreaterThanOrEqual(20);
  });

  it('see each other’s changes in the counts per status at once', async () => {
    const { loadActor } = await import('../../src/platform/auth/sessions.js');
    const { listAccounts } = await import('../../src/accounts/list-accounts.js');
    const { listAccountsQuery } = await import('../../src/accounts/schemas.js');
    const { createStatusCountCache } = await import('../../src/accounts/status-count-cache.js');
    const admin = (await loadActor(a.db, 1, 'session'))!;
    const cacheOfA = createStatusCountCache();
    const query = listAccountsQuery.parse({ platform: 'facebook' });
    const before = await listAccounts(a.db, admin, query, '2026-01-01', cacheOfA);
    const unit = await b.db
      .selectFrom('units')
      .select('id')
      .where('parent_id', 'is not', null)
      .executeTakeFirstOrThrow();
    await createAccount(b.db, systemClock, admin, {
      platform: 'facebook',
      handle: 'frandra',
      displayName: 'Från den andra',
      unitId: unit.id,
      type: 'official',
    });
    const after = await listAccounts(a.db, admin, query, '2026-01-01', cacheOfA);
    expect(after.statusCounts.active).toBe(before.statusCounts.active + 1);
  });

  it('never lets two administrators remove each other at once', async () => {
    const { loadActor } = await import('../../src/platform/auth/sessions.js');
    const { removeRole } = await import('../../src/users/assign-role.js');
    const { makeUser } = await import('../support/factories.js');
    const root = await a.db
      .selectFrom('units')
      .selectAll()
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const ada = (await loadActor(a.db, 1, 'session'))!;
    const bo = await makeUser(
      a.db,
      systemClock,
      [['admin', { ...root, parentId: null } as never]],
      {
        email: 'bo@exempel.se',
      },
    );
    const assignment = async (userId: number) =>
      (
        await a.db
          .selectFrom('role_assignments')
          .select('id')
          .where('user_id', '=', userId)
          .where('role', '=', 'admin')
          .executeTakeFirstOrThrow()
      ).id;
    const results = await Promise.allSettled([
      removeRole(a.db, systemClock, bo, await assignment(ada.userId)),
      removeRole(b.db, systemClock, ada, await assignment(bo.userId)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const left = await a.db
      .selectFrom('role_assignments')
      .select('user_id')
      .where('unit_id', '=', root.id)
      .where('role', '=', 'admin')
      .execute();
    expect(left).toHaveLength(1);
  });
});
