import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson, addExternalContact } from '../support/people-factories.js';
import type { ApiClient, BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 2026-03-10 in Stockholm (the clock stands at 23:30 UTC the day before).
const { t, org } = useTestOrganisation({ at: '2026-03-09T23:30:00Z' });
let api: ApiClient;
let manager: BrowserClient;
let anna: Actor;
let bo: Actor;
const known = { credentialsLocation: 'password_manager' as const };

beforeAll(async () => {
  anna = await makeUser(t.db, t.clock, [], { name: 'Anna Andersson' });
  bo = await makeUser(t.db, t.clock, [], { name: 'Bo Berg' });
  await makeUser(t.db, t.clock, [['manager', org.school]], { email: 'chef@exempel.se' });
  manager = await t.signedIn('chef@exempel.se');
  api = await t.api(org.admin);
});

/** An account in Ekbacken with Anna as owner and Bo as deputy: no gap at all. */
async function staffed(input: Partial<Parameters<typeof makeAccount>[4]> = {}): Promise<Account> {
  const account = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { ...known, ...input });
  await addAccountPerson(t.db, t.clock, account.id, anna.userId, 'owner');
  await addAccountPerson(t.db, t.clock, account.id, bo.userId, 'deputy');
  return account;
}

async function gapsOf(account: Account): Promise<string[]> {
  const res = await api.get(`/accounts/${account.id}/gaps`);
  expect(res.status).toBe(200);
  return res.json.items.map((g: { kind: string }) => g.kind);
}

const nowIso = () => t.clock.now().toISOString();

describe('gap detection', () => {
  it('finds no gap for an open account with an owner and a deputy', async () => {
    expect(await gapsOf(await staffed())).toEqual([]);
  });

  it('finds too few people and no owner, and does not count external contacts', async () => {
    const account = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, known);
    await addExternalContact(t.db, t.clock, account.id, { name: 'Byrån', email: 'a@byran.se' });
    await addExternalContact(t.db, t.clock, account.id, { name: 'Byrån 2', email: 'b@byran.se' });
    expect(await gapsOf(account)).toEqual(['too_few_people', 'no_owner']);
    await addAccountPerson(t.db, t.clock, account.id, bo.userId, 'deputy');
    await addAccountPerson(t.db, t.clock, account.id, anna.userId, 'deputy');
    expect(await gapsOf(account)).toEqual(['no_owner']);
    const res = await api.get(`/accounts/${account.id}/gaps`);
    expect(res.json.items[0].people).toEqual([]);
  });

  it('finds a person who has left or moved, or can no longer sign in', async () => {
    const account = await staffed();
    const carl = await makeUser(t.db, t.clock, [], { name: 'Carl Flytt' });
    await addAccountPerson(t.db, t.clock, account.id, carl.userId, 'deputy', {
      reason: 'moved',
      on: '2026-03-01',
    });
    expect(await gapsOf(account)).toEqual(['person_left']);
    const html = await (await manager.get(`/accounts/${account.id}`)).text();
    expect(html).toContain('Carl Flytt: ansvarig har bytt enhet.');

    const other = await staffed();
    await t.db.updateTable('users').set({ active: 0 }).where('id', '=', carl.userId).execute();
    await addAccountPerson(t.db, t.clock, other.id, carl.userId, 'deputy');
    expect(await gapsOf(other)).toEqual(['person_left']);
    const departed = await makeUser(t.db, t.clock, [], { name: 'Dora Slutat' });
    const third = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, known);
    await addAccountPerson(t.db, t.clock, third.id, departed.userId, 'owner', {
      reason: 'departed',
      on: '2026-03-01',
    });
    await addAccountPerson(t.db, t.clock, third.id, anna.userId, 'deputy');
    // The owner who left no longer counts: one person is left, and nobody owns the account.
    expect(await gapsOf(third)).toEqual(['too_few_people', 'no_owner', 'person_left']);
    const page = await (await manager.get(`/accounts/${third.id}`)).text();
    expect(page).toContain('Dora Slutat: ansvarig har slutat.');
  });

  it('finds an absence today without cover, and none once cover is named', async () => {
    const account = await staffed();
    const { id: absenceId } = await t.db
      .insertInto('absences')
      .values({
        user_id: bo.userId,
        starts_on: '2026-03-10',
        ends_on: '2026-03-20',
        note: '',
        created_at: nowIso(),
        created_by: org.admin.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await gapsOf(account)).toEqual(['no_cover']);
    const html = await (await manager.get(`/accounts/${account.id}`)).text();
    expect(html).toContain('Bo Berg är frånvarande i dag och ingen ersättare är utsedd.');
    await t.db
      .insertInto('absence_covers')
      .values({ absence_id: absenceId, account_id: account.id, cover_user_id: anna.userId })
      .execute();
    expect(await gapsOf(account)).toEqual([]);
    // The cover of this account does not cover Bo's other accounts.
    expect(await gapsOf(await staffed())).toEqual(['no_cover']);
    await t.db.deleteFrom('absence_covers').execute();
    await t.db.deleteFrom('absences').execute();
  });

  it('finds missing or expired training for a required, active course', async () => {
    const account = await staffed();
    const course = (name: string, required: number, active: number) =>
      t.db
        .insertInto('courses')
        .values({
          name,
          name_key: name.toLowerCase(),
          description: '',
          validity_months: 24,
          required,
          active,
          created_at: nowIso(),
          updated_at: nowIso(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const done = (userId: number, courseId: number, validUntil: string | null) =>
      t.db
        .insertInto('training_completions')
        .values({
          user_id: userId,
          course_id: courseId,
          completed_on: '2024-01-01',
          valid_until: validUntil,
          note: '',
          created_at: nowIso(),
          created_by: org.admin.userId,
        })
        .execute();
    const basics = await course('Sociala medier i kommunen', 1, 1);
    await course('Frivillig fördjupning', 0, 1);
    await course('Gammal kurs', 1, 0);
    await done(anna.userId, basics.id, '2026-03-10');
    await done(bo.userId, basics.id, '2026-03-09');
    expect(await gapsOf(account)).toEqual(['training_expired']);
    const html = await (await manager.get(`/accounts/${account.id}`)).text();
    expect(html).toContain('Bo Berg saknar giltig utbildning: Sociala medier i kommunen.');
    expect(html).not.toContain('Anna Andersson saknar');
    await done(bo.userId, basics.id, null);
    expect(await gapsOf(account)).toEqual([]);
    await t.db.deleteFrom('training_completions').execute();
    await t.db.deleteFrom('courses').execute();
  });

  it('finds unknown credentials and passwords due to be changed', async () => {
    const unknown = await staffed({ credentialsLocation: 'unknown' });
    expect(await gapsOf(unknown)).toEqual(['credentials_unknown']);
    const vault = (accountId: number, values: Record<string, string | number | null>) =>
      t.db
        .insertInto('account_credentials')
        .values({
          account_id: accountId,
          kek_id: 'test',
          wrapped_key: 'x',
          password_changed_on: null,
          rotation_months: null,
          rotate_reason: null,
          rotate_flagged_at: null,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
          updated_by: null,
          ...values,
        })
        .execute();
    const fresh = await staffed();
    await vault(fresh.id, { password_changed_on: '2025-03-10' });
    expect(await gapsOf(fresh)).toEqual([]);
    const old = await staffed();
    await vault(old.id, { password_changed_on: '2025-03-09' });
    expect(await gapsOf(old)).toEqual(['rotate_credentials']);
    const ownInterval = await staffed();
    await vault(ownInterval.id, { password_changed_on: '2025-12-01', rotation_months: 3 });
    expect(await gapsOf(ownInterval)).toEqual(['rotate_credentials']);
    const flagged = await staffed();
    await vault(flagged.id, { password_changed_on: '2026-03-01', rotate_reason: 'departed' });
    expect(await gapsOf(flagged)).toEqual(['rotate_credentials']);
  });

  it('finds no gap in an account that is closed', async () => {
    const closed = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
      status: 'closed',
      credentialsLocation: 'unknown',
    });
    expect(await gapsOf(closed)).toEqual([]);
  });
});

describe('gaps in the register', () => {
  it('shows each listed account’s gaps in words and filters by gap', async () => {
    const lonely = await makeAccount(t.db, t.clock, org.admin, org.library, {
      displayName: 'Ensamt bibliotekskonto',
      ...known,
    });
    await addAccountPerson(t.db, t.clock, lonely.id, anna.userId, 'owner');
    const fine = await makeAccount(t.db, t.clock, org.admin, org.library, {
      displayName: 'Välskött bibliotekskonto',
      ...known,
    });
    await addAccountPerson(t.db, t.clock, fine.id, anna.userId, 'owner');
    await addAccountPerson(t.db, t.clock, fine.id, bo.userId, 'deputy');
    const admin = await t.signedIn('admin@exempel.se');
    const names = async (query: string) => {
      const html = await (await admin.get(`/accounts?unit=${org.library.id}${query}`)).text();
      return [...html.matchAll(/<a href="\/accounts\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
    };
    const html = await (await admin.get(`/accounts?unit=${org.library.id}`)).text();
    expect(html).toContain('<th scope="col">Brister</th>');
    expect(html).toContain('För få ansvariga');
    expect(await names('')).toEqual(['Ensamt bibliotekskonto', 'Välskött bibliotekskonto']);
    expect(await names('&gap=any')).toEqual(['Ensamt bibliotekskonto']);
    expect(await names('&gap=too_few_people')).toEqual(['Ensamt bibliotekskonto']);
    expect(await names('&gap=no_owner')).toEqual([]);
    const filtered = await (await admin.get(`/accounts?unit=${org.library.id}&gap=any`)).text();
    expect(filtered).toContain('Alla (1)');

    const res = await api.get(`/accounts?unit=${org.library.id}&gap=too_few_people`);
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(1);
    expect(res.json.items[0].gaps).toEqual(['too_few_people']);
    const all = await api.get(`/accounts?unit=${org.library.id}`);
    expect(all.json.items.map((a: { gaps: string[] }) => a.gaps)).toEqual([['too_few_people'], []]);
    expect((await api.get('/accounts?gap=nonsense')).status).toBe(400);
  });
});
