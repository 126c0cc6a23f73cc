import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_STATUSES, TYPES_WITH_END_DATE, type AccountType } from '../accounts/account.js';
import { deriveAccount } from '../accounts/url/derive-account.js';
import { verifyAuditChain } from '../audit-trail/verify-audit-chain.js';
import { verifyPassword } from '../platform/auth/password.js';
import { ROLES } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import { openDatabase, type DatabaseHandle, type Db } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { daysBetween } from './dates.js';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seedDemo, type DemoResult } from './seed-demo.js';

const clock: Clock = { now: () => new Date('2026-11-23T09:00:00.000Z') };
const TODAY = '2026-11-23';
const open: DatabaseHandle[] = [];

async function freshDb(): Promise<Db> {
  const handle = openDatabase('file::memory:');
  open.push(handle);
  await migrateToLatest(handle);
  return handle.db;
}

const count = async (
  db: Db,
  table: 'units' | 'users' | 'accounts' | 'account_history' | 'audit_events',
) =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const accountsInOrder = (db: Db) => db.selectFrom('accounts').selectAll().orderBy('id').execute();

afterAll(async () => {
  await Promise.all(open.map((h) => h.close()));
});

/** The ids of the accounts that approved applications became. */
async function fromApplications(db: Db): Promise<Set<number>> {
  const rows = await db
    .selectFrom('applications')
    .select('account_id')
    .where('account_id', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.account_id!));
}

describe('seedDemo with the defaults', () => {
  let db: Db;
  let result: DemoResult;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    db = await freshDb();
    result = await seedDemo(db, clock, {
      onProgress: (done, total) => progress.push([done, total]),
    });
  });

  it('reports what it made and how to sign in', async () => {
    expect(result).toEqual({
      created: true,
      adminEmail: DEMO_ADMIN_EMAIL,
      password: DEMO_PASSWORD,
      units: await count(db, 'units'),
      users: await count(db, 'users'),
      accounts: 900,
    });
    expect(progress.at(-1)).toEqual([900, 900]);
  });

  it('builds the organisation tree from the municipality down to some sixty units', async () => {
    const units = await db.selectFrom('units').selectAll().orderBy('id').execute();
    const kinds = (kind: string) => units.filter((u) => u.kind === kind);
    expect(kinds('municipality').map((u) => u.name)).toEqual(['Exempelstads kommun']);
    expect(kinds('committee').length).toBeGreaterThanOrEqual(5);
    expect(kinds('administration').length).toBeGreaterThanOrEqual(5);
    expect(kinds('unit').length).toBeGreaterThanOrEqual(60);
    expect(units.some((u) => /[åäöÅÄÖ]/.test(u.name))).toBe(true);
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const unit of units) {
      expect(unit.name_key).toBe(swedishSortKey(unit.name));
      const parent = unit.parent_id === null ? null : byId.get(unit.parent_id);
      expect(unit.path).toBe(`${parent?.path ?? '/'}${unit.id}/`);
      expect(unit.depth).toBe(parent ? parent.depth + 1 : 0);
    }
  });

  it('gives every role to someone, with the administrator at the top', async () => {
    const roles = await db
      .selectFrom('role_assignments as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .innerJoin('users as p', 'p.id', 'r.user_id')
      .select(['r.role', 'u.kind', 'p.email'])
      .execute();
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(ROLES));
    expect(roles).toContainEqual({ role: 'admin', kind: 'municipality', email: DEMO_ADMIN_EMAIL });
    expect(
      roles.filter((r) => r.role === 'communicator').every((r) => r.kind === 'administration'),
    ).toBe(true);
    expect(roles.filter((r) => r.role === 'manager').every((r) => r.kind === 'unit')).toBe(true);
    const users = await db.selectFrom('users').selectAll().execute();
    expect(users.length).toBeGreaterThanOrEqual(20);
    for (const user of users) {
      expect(user.email).toMatch(/^[a-z.]+@exempelstad\.se$/);
      expect(user).toMatchObject({ locale: 'sv', name_key: swedishSortKey(user.name) });
    }
    // One demo person has left, so that the handover of their accounts can be shown.
    expect(users.filter((u) => u.active === 0)).toHaveLength(1);
    const admin = users.find((u) => u.email === DEMO_ADMIN_EMAIL);
    expect(await verifyPassword(admin?.password_hash ?? null, DEMO_PASSWORD)).toBe(true);
  });

  it('gives teaching and campaign accounts an end date, and official ones none', async () => {
    const accounts = await accountsInOrder(db);
    const types = new Set(accounts.map((a) => a.type));
    expect(types).toEqual(new Set(['official', 'teaching', 'campaign']));
    for (const account of accounts) {
      const needsEnd = TYPES_WITH_END_DATE.includes(account.type as AccountType);
      expect(account.end_date === null).toBe(!needsEnd);
    }
    expect(accounts.filter((a) => a.type === 'official').length).toBeGreaterThan(
      accounts.length / 2,
    );
  });

  it('registers unique handles with URLs that lead back to them', async () => {
    const accounts = await accountsInOrder(db);
    const keys = accounts.map((a) => `${a.platform} ${a.handle_key}`);
    expect(new Set(keys).size).toBe(accounts.length);
    expect(new Set(accounts.map((a) => a.platform))).toEqual(
      new Set(['facebook', 'instagram', 'x', 'youtube', 'linkedin', 'tiktok', 'blog']),
    );
    const applied = await fromApplications(db);
    for (const account of accounts) {
      // An approved application's account waits for its address until it exists at the platform.
      if (account.url === null) {
        expect(applied.has(account.id)).toBe(true);
        expect(account.status).toBe('applied');
        continue;
      }
      const derived = deriveAccount(account.url);
      expect(derived).toMatchObject({
        platform: account.platform,
        handle: account.handle,
        url: account.url,
      });
      expect(account.name_key).toBe(swedishSortKey(account.display_name));
      expect(account.search_text).toContain(account.handle.toLowerCase());
    }
  });

  it('mixes statuses, with activity dates that fit them', async () => {
    const accounts = await accountsInOrder(db);
    expect(new Set(accounts.map((a) => a.status))).toEqual(new Set(ACCOUNT_STATUSES));
    const share = (status: string) =>
      accounts.filter((a) => a.status === status).length / accounts.length;
    expect(share('active')).toBeGreaterThan(0.45);
    expect(share('inactive')).toBeGreaterThan(0.1);
    for (const account of accounts) {
      expect(account.status_changed_on <= TODAY).toBe(true);
      expect(account.version).toBe(1);
      if (!account.last_activity_on) continue;
      const idle = daysBetween(account.last_activity_on, TODAY);
      expect(idle).toBeGreaterThanOrEqual(0);
      expect(idle).toBeLessThanOrEqual(731);
      if (account.status === 'inactive') expect(idle).toBeGreaterThan(180);
      if (account.status === 'active') expect(idle).toBeLessThanOrEqual(180);
    }
  });

  it('starts every account history with its status, and audits the seeding and the departure', async () => {
    const history = await db.selectFrom('account_history').selectAll().orderBy('id').execute();
    const accounts = new Map((await accountsInOrder(db)).map((a) => [a.id, a]));
    const applied = await fromApplications(db);
    const first = new Map<number, (typeof history)[number]>();
    for (const row of history) if (!first.has(row.account_id)) first.set(row.account_id, row);
    expect(first.size).toBe(accounts.size);
    for (const [id, row] of first) {
      // An account from an application starts with the application's own history.
      if (applied.has(id)) {
        expect(row.field).toBe('application.created');
        continue;
      }
      const statusRows = history.filter((h) => h.account_id === id && h.field === 'status');
      expect(row).toMatchObject({ field: 'status', old_value: null });
      expect(statusRows.at(-1)?.new_value).toBe(accounts.get(id)?.status);
    }
    const events = (await db.selectFrom('audit_events').selectAll().execute()).map((e) => e.action);
    expect(events.slice(0, 2)).toEqual(['handover.create', 'user.deactivate']);
    expect(events.at(-1)).toBe('demo.seed');
    expect(new Set(events.slice(2, -1))).toEqual(
      new Set(['account.create', 'application.convert']),
    );
    expect(events.filter((e) => e === 'application.convert')).toHaveLength(applied.size);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: events.length });
  });

  it('does nothing the second time', async () => {
    const before = await Promise.all(
      (['units', 'users', 'accounts', 'account_history', 'audit_events'] as const).map((t) =>
        count(db, t),
      ),
    );
    const again = await seedDemo(db, clock, {});
    expect(again).toMatchObject({
      created: false,
      adminEmail: DEMO_ADMIN_EMAIL,
      password: DEMO_PASSWORD,
    });
    const after = await Promise.all(
      (['units', 'users', 'accounts', 'account_history', 'audit_events'] as const).map((t) =>
        count(db, t),
      ),
    );
    expect(after).toEqual(before);
  });
});

describe('seedDemo from a seed', () => {
  it('makes exactly the same accounts from the same seed, and others from another', async () => {
    const [a, b, c] = await Promise.all([freshDb(), freshDb(), freshDb()]);
    await seedDemo(a, clock, { seed: 42, accounts: 400 });
    await seedDemo(b, clock, { seed: 42, accounts: 400 });
    await seedDemo(c, clock, { seed: 43, accounts: 400 });
    const [first, second, other] = await Promise.all([a, b, c].map(accountsInOrder));
    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('seeds 5,000 accounts with unique handles', async () => {
    const db = await freshDb();
    const progress: number[] = [];
    const result = await seedDemo(db, clock, {
      accounts: 5000,
      onProgress: (done) => progress.push(done),
    });
    expect(result.accounts).toBe(5000);
    const applied = (await fromApplications(db)).size;
    expect(await count(db, 'accounts')).toBe(5000 + applied);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(progress.at(-1)).toBe(5000);
    const keys = await db.selectFrom('accounts').select(['platform', 'handle_key']).execute();
    expect(new Set(keys.map((k) => `${k.platform} ${k.handle_key}`)).size).toBe(5000 + applied);
  });

  it('can make the organisation and its people without any accounts', async () => {
    const db = await freshDb();
    const result = await seedDemo(db, clock, { accounts: 0 });
    expect(result).toMatchObject({ created: true, accounts: 0 });
    expect(await count(db, 'users')).toBe(result.users);
    expect(await count(db, 'accounts')).toBe(0);
  });
});
