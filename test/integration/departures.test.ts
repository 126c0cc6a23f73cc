import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { auditRows } from '../support/checks.js';
import {
  addAccountPerson,
  addVaultRecord,
  peopleOf,
  recordReveal,
  rowsOf,
  tasksOf,
} from '../support/handover-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 2026-03-10 in Stockholm. The school (Ekbacken) and the culture administration have
// managers; the school administration above Ekbacken has none, so its accounts go to the top.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let admin: BrowserClient;
let maja: Actor;
let kurt: Actor;
let dana: Actor;

const setHome = (userId: number, unitId: number | null) =>
  t.db.updateTable('users').set({ home_unit_id: unitId }).where('id', '=', userId).execute();

/** Submits the user form as the administrator, changing only the home unit. */
async function moveTo(person: Actor, unitId: number | null) {
  return admin.post(`/users/${person.userId}`, {
    name: person.name,
    email: person.email,
    locale: 'sv',
    homeUnitId: unitId === null ? '' : String(unitId),
  });
}

beforeAll(async () => {
  maja = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], {
    name: 'Maja Chef',
    email: 'maja@exempel.se',
  });
  kurt = await makeUser(t.db, t.clock, [['manager', org.culture]], {
    name: 'Kurt Kulturchef',
    email: 'kurt@exempel.se',
  });
  dana = await makeUser(t.db, t.clock, [['owner', org.ekbacken]], {
    name: 'Dana Ersättare',
    email: 'dana@exempel.se',
  });
  admin = await t.signedIn('admin@exempel.se');
});

describe('a person leaves', () => {
  let jonas: Actor;
  let own: Account;
  let deputising: Account;
  let library: Account;
  let central: Account;
  let revealedOnly: Account;

  beforeAll(async () => {
    jonas = await makeUser(t.db, t.clock, [['owner', org.ekbacken]], {
      name: 'Jonas Lämnar',
      email: 'jonas@exempel.se',
    });
    await setHome(jonas.userId, org.ekbacken.id);
    own = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Ekbacken' });
    deputising = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
      displayName: 'Ekbacken idrott',
    });
    library = await makeAccount(t.db, t.clock, org.admin, org.library, {
      displayName: 'Biblioteket',
    });
    central = await makeAccount(t.db, t.clock, org.admin, org.school, {
      displayName: 'Utbildning',
    });
    revealedOnly = await makeAccount(t.db, t.clock, org.admin, org.library, {
      displayName: 'Läsfrämjande',
    });
    await addAccountPerson(t.db, t.clock, own.id, jonas.userId, 'owner');
    await addAccountPerson(t.db, t.clock, own.id, dana.userId, 'deputy');
    await addAccountPerson(t.db, t.clock, deputising.id, maja.userId, 'owner');
    await addAccountPerson(t.db, t.clock, deputising.id, jonas.userId, 'deputy');
    await addAccountPerson(t.db, t.clock, library.id, jonas.userId, 'owner');
    await addAccountPerson(t.db, t.clock, central.id, jonas.userId, 'owner');
    for (const account of [own, library, revealedOnly, deputising])
      await addVaultRecord(t.db, t.clock, account.id);
    await recordReveal(t.db, t.clock, jonas.userId, revealedOnly.id);
  });

  it('flags every account, gives each responsible manager a task, flags rotation, in one go', async () => {
    const res = await admin.post(`/users/${jonas.userId}/deactivate`, {});
    expect(res.status).toBe(303);
    const rows = await rowsOf(t.db, jonas.userId);
    expect(rows).toHaveLength(4);
    for (const row of rows)
      expect(row).toMatchObject({ left_reason: 'departed', left_on: '2026-03-10' });

    const tasks = await tasksOf(t.db, jonas.userId);
    expect(tasks.map((k) => [k.unit_id, k.reason, k.completed_at])).toEqual(
      expect.arrayContaining([
        [org.ekbacken.id, 'departed', null],
        [org.culture.id, 'departed', null],
        [org.root.id, 'departed', null],
      ]),
    );
    expect(tasks).toHaveLength(3);

    const [deactivation] = await auditRows(t.db, 'user.deactivate', jonas.userId);
    expect(JSON.parse(deactivation!.after_json!)).toMatchObject({ active: false, accounts: 4 });
    const created = await Promise.all(tasks.map((k) => auditRows(t.db, 'handover.create', k.id)));
    const names = created.map(([row]) => JSON.parse(row!.after_json!).accounts);
    expect(names).toEqual(
      expect.arrayContaining([['Ekbacken', 'Ekbacken idrott'], ['Biblioteket'], ['Utbildning']]),
    );
    // The deactivation and the tasks were written together, after the audit rows of the setup.
    expect(deactivation!.id).toBeGreaterThan(created[0]![0]!.id);

    const vault = await t.db
      .selectFrom('account_credentials')
      .select(['account_id', 'rotate_reason'])
      .orderBy('account_id')
      .execute();
    expect(vault).toEqual([
      { account_id: own.id, rotate_reason: 'departed' },
      { account_id: deputising.id, rotate_reason: 'departed' },
      { account_id: library.id, rotate_reason: 'departed' },
      { account_id: revealedOnly.id, rotate_reason: 'departed' },
    ]);
  });

  it('tells the manager on the start page and lists the accounts on the user page', async () => {
    const b = await t.signedIn('maja@exempel.se');
    const home = await (await b.get('/')).text();
    expect(home).toContain('2 konton väntar på att lämnas över.');
    expect(home).toContain('href="/handovers"');
    const kurtHome = await (await (await t.signedIn('kurt@exempel.se')).get('/')).text();
    expect(kurtHome).toContain('Ett konto väntar på att lämnas över.');
    const page = await (await admin.get(`/users/${jonas.userId}`)).text();
    expect(page).toContain('Konton som personen ansvarar för');
    expect(page).toContain('Väntar på överlämning (har slutat)');
    expect(page).toContain('Överlämningar som väntar');
    expect(page).toContain('Ekbackens skola: Har slutat, 2 konton kvar');
    expect(page).toContain('Aktiveras personen igen står hen åter som ansvarig');
  });

  it('hands over in one form per task until nothing points at the person', async () => {
    const [ekbackenTask, cultureTask, rootTask] = await taskAt(jonas, [
      org.ekbacken.id,
      org.culture.id,
      org.root.id,
    ]);
    const b = await t.signedIn('maja@exempel.se');
    const done = await b.post(`/handovers/${ekbackenTask}`, {
      [`account-${own.id}`]: String(dana.userId),
      [`account-${deputising.id}`]: 'remove',
    });
    expect(done.status).toBe(303);
    expect(await peopleOf(t.db, own.id)).toEqual([`owner:${dana.userId}`]);
    expect(await peopleOf(t.db, deputising.id)).toEqual([`owner:${maja.userId}`]);
    const k = await t.signedIn('kurt@exempel.se');
    expect(
      (
        await k.post(`/handovers/${cultureTask}`, {
          [`account-${library.id}`]: String(kurt.userId),
        })
      ).status,
    ).toBe(303);
    const newcomer = await makeUser(t.db, t.clock, [], { name: 'Nina Ny' });
    expect(
      (
        await admin.post(`/handovers/${rootTask}`, {
          [`account-${central.id}`]: String(newcomer.userId),
        })
      ).status,
    ).toBe(303);
    expect(await rowsOf(t.db, jonas.userId)).toEqual([]);
    expect((await tasksOf(t.db, jonas.userId)).every((k) => k.completed_at !== null)).toBe(true);
    expect(await peopleOf(t.db, central.id)).toEqual([`owner:${newcomer.userId}`]);
    const history = await t.db
      .selectFrom('account_history')
      .selectAll()
      .where('field', '=', 'people')
      .where('account_id', '=', own.id)
      .execute();
    expect(history).toHaveLength(1);
    expect(history[0]!.reason).toBe('Överlämning efter Jonas Lämnar');
    expect(await auditRows(t.db, 'handover.account', own.id)).toHaveLength(1);
    expect(await auditRows(t.db, 'handover.complete', ekbackenTask!)).toHaveLength(1);
  });
});

describe('a person comes back before the handover is done', () => {
  it('answers again for what was not handed over, and the empty task closes', async () => {
    const pia = await makeUser(t.db, t.clock, [], { name: 'Pia Tillbaka' });
    const first = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
    const second = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
    await addAccountPerson(t.db, t.clock, first.id, pia.userId, 'owner');
    await addAccountPerson(t.db, t.clock, second.id, pia.userId, 'owner');
    await admin.post(`/users/${pia.userId}/deactivate`, {});
    const [task] = await tasksOf(t.db, pia.userId);
    const b = await t.signedIn('maja@exempel.se');
    const part = await b.post(`/handovers/${task!.id}`, {
      [`account-${first.id}`]: String(maja.userId),
      [`account-${second.id}`]: '',
    });
    expect(part.status).toBe(303);
    const flash = await (await b.get(`/handovers/${task!.id}`)).text();
    expect(flash).toContain('Ett konto är överlämnat. Resten väntar kvar.');
    expect((await tasksOf(t.db, pia.userId))[0]!.completed_at).toBeNull();

    expect((await admin.post(`/users/${pia.userId}/reactivate`, {})).status).toBe(303);
    expect(await peopleOf(t.db, first.id)).toEqual([`owner:${maja.userId}`]);
    expect(await peopleOf(t.db, second.id)).toEqual([`owner:${pia.userId}`]);
    const [closed] = await tasksOf(t.db, pia.userId);
    expect(closed!.completed_at).not.toBeNull();
    expect(await auditRows(t.db, 'handover.cancel', closed!.id)).toHaveLength(1);
    const [back] = await auditRows(t.db, 'user.reactivate', pia.userId);
    expect(JSON.parse(back!.after_json!)).toMatchObject({ accounts: 1, tasksClosed: [closed!.id] });
  });
});

describe('a person moves to another unit', () => {
  let mats: Actor;
  let school: Account;
  let books: Account;

  beforeAll(async () => {
    mats = await makeUser(t.db, t.clock, [['owner', org.ekbacken]], { name: 'Mats Flyttar' });
    school = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Skolan' });
    books = await makeAccount(t.db, t.clock, org.admin, org.library, { displayName: 'Böckerna' });
    await addAccountPerson(t.db, t.clock, school.id, mats.userId, 'owner');
    await addAccountPerson(t.db, t.clock, books.id, mats.userId, 'deputy');
    await addVaultRecord(t.db, t.clock, school.id);
  });

  it('is no move when the person gets a home unit for the first time', async () => {
    expect((await moveTo(mats, org.ekbacken.id)).status).toBe(303);
    expect((await rowsOf(t.db, mats.userId)).every((r) => r.left_reason === null)).toBe(true);
    expect(await tasksOf(t.db, mats.userId)).toEqual([]);
  });

  it('flags the accounts outside the new unit, and gives them back on moving back', async () => {
    expect((await moveTo(mats, org.library.id)).status).toBe(303);
    expect(await peopleOf(t.db, school.id)).toEqual([`owner:${mats.userId}:moved`]);
    expect(await peopleOf(t.db, books.id)).toEqual([`deputy:${mats.userId}`]);
    const [task] = await tasksOf(t.db, mats.userId);
    expect(task).toMatchObject({ unit_id: org.ekbacken.id, reason: 'moved', completed_at: null });
    const rotation = await t.db
      .selectFrom('account_credentials')
      .select('rotate_reason')
      .where('account_id', '=', school.id)
      .executeTakeFirstOrThrow();
    expect(rotation.rotate_reason).toBe('moved');
    const [update] = await auditRows(t.db, 'user.update', mats.userId).then((r) => r.slice(-1));
    expect(JSON.parse(update!.after_json!).moved).toMatchObject({
      accounts: 1,
      handoverTasks: [task!.id],
    });

    expect((await moveTo(mats, org.ekbacken.id)).status).toBe(303);
    expect(await peopleOf(t.db, school.id)).toEqual([`owner:${mats.userId}`]);
    expect(await peopleOf(t.db, books.id)).toEqual([`deputy:${mats.userId}:moved`]);
    const tasks = await tasksOf(t.db, mats.userId);
    expect(tasks[0]!.completed_at).not.toBeNull();
    expect(await auditRows(t.db, 'handover.cancel', tasks[0]!.id)).toHaveLength(1);
    expect(tasks[1]).toMatchObject({
      unit_id: org.culture.id,
      reason: 'moved',
      completed_at: null,
    });
  });

  it('lets the manager keep the person on an account they still run', async () => {
    const [, task] = await tasksOf(t.db, mats.userId);
    const k = await t.signedIn('kurt@exempel.se');
    const page = await (await k.get(`/handovers/${task!.id}`)).text();
    expect(page).toContain('Mats Flyttar behåller kontot');
    expect(
      (await k.post(`/handovers/${task!.id}`, { [`account-${books.id}`]: 'keep' })).status,
    ).toBe(303);
    expect(await peopleOf(t.db, books.id)).toEqual([`deputy:${mats.userId}`]);
    expect((await tasksOf(t.db, mats.userId))[1]!.completed_at).not.toBeNull();
  });

  it('turns a move not yet handed over into a departure when the person then leaves', async () => {
    expect((await moveTo(mats, org.library.id)).status).toBe(303);
    const open = (await tasksOf(t.db, mats.userId)).filter((k) => !k.completed_at);
    expect(open.map((k) => k.reason)).toEqual(['moved']);
    expect((await admin.post(`/users/${mats.userId}/deactivate`, {})).status).toBe(303);
    expect(await peopleOf(t.db, school.id)).toEqual([`owner:${mats.userId}:departed`]);
    expect(await peopleOf(t.db, books.id)).toEqual([`deputy:${mats.userId}:departed`]);
    const now = (await tasksOf(t.db, mats.userId)).filter((k) => !k.completed_at);
    expect(now.map((k) => [k.unit_id, k.reason])).toEqual([
      [org.ekbacken.id, 'departed'],
      [org.culture.id, 'departed'],
    ]);
    expect(await auditRows(t.db, 'handover.update', open[0]!.id)).toHaveLength(1);
    const k = await t.signedIn('kurt@exempel.se');
    const page = await (await k.get(`/handovers/${now[1]!.id}`)).text();
    expect(page).not.toContain('behåller kontot');
  });
});

/** The ids of a person's tasks at the given units, in that order. */
async function taskAt(person: Actor, unitIds: number[]): Promise<number[]> {
  const tasks = await tasksOf(t.db, person.userId);
  return unitIds.map((u) => tasks.find((k) => k.unit_id === u)!.id);
}
