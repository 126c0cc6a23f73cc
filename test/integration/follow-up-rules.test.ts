import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { changeUserActive } from '../../src/users/set-user-active.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';
import { onlyRules, reminders, stockholm, sweep } from './follow-up-fixtures.js';

const { t, org } = useTestOrganisation({ at: stockholm('2026-11-23') });
let manager: Actor;
let owner: Actor;
let deputy: Actor;

beforeAll(async () => {
  manager = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], { name: 'Maja Chef' });
  owner = await makeUser(t.db, t.clock, [], { name: 'Olle Ägare' });
  deputy = await makeUser(t.db, t.clock, [], { name: 'Dana Ersättare' });
});

/** An account of Ekbackens skola with Olle as owner and, unless told, Dana as deputy. */
async function account(input: Parameters<typeof makeAccount>[4] = {}, withDeputy = true) {
  const a = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, input);
  await addAccountPerson(t.db, t.clock, a.id, owner.userId, 'owner');
  if (withDeputy) await addAccountPerson(t.db, t.clock, a.id, deputy.userId, 'deputy');
  return a;
}

/** The reminders of one rule about one subject, as `period → user:level`. */
async function about(rule: string, subjectId: number) {
  const rows = (await reminders(t.db)).filter((r) => r.rule === rule && r.subject_id === subjectId);
  return rows.map((r) => `${r.period} ${r.user_id}:${r.level}${r.urgent ? ' urgent' : ''}`);
}

describe('each rule fires on its day and not again', () => {
  it('reminds of a campaign account 30 days before its end date and on the day', async () => {
    await onlyRules(t.db, { end_date: {} });
    t.clock.set(stockholm('2026-11-23'));
    const a = await account({ type: 'campaign', endDate: '2027-01-15' });
    await sweep(t);
    expect(await about('end_date', a.id)).toEqual([]);

    t.clock.set(stockholm('2026-12-15'));
    await sweep(t);
    expect(await about('end_date', a.id)).toEqual([]);
    t.clock.set(stockholm('2026-12-16'));
    await sweep(t);
    const soon = [`soon:2027-01-15 ${owner.userId}:0`, `soon:2027-01-15 ${deputy.userId}:0`];
    expect(await about('end_date', a.id)).toEqual(soon);
    t.clock.set(stockholm('2026-12-17'));
    await sweep(t);
    expect(await about('end_date', a.id)).toEqual(soon);

    t.clock.set(stockholm('2027-01-15'));
    await sweep(t);
    await sweep(t);
    const level0 = (await about('end_date', a.id)).filter((r) => r.includes(':0'));
    expect(level0).toEqual([
      ...soon,
      `reached:2027-01-15 ${owner.userId}:0 urgent`,
      `reached:2027-01-15 ${deputy.userId}:0 urgent`,
    ]);
  });

  it('asks about an active account once it has been silent for 180 days, and again after new activity', async () => {
    await onlyRules(t.db, { inactive_account: {} });
    t.clock.set(stockholm('2026-11-23'));
    const a = await account({ lastActivityOn: '2026-06-01' });
    t.clock.set(stockholm('2026-11-27'));
    await sweep(t);
    expect(await about('inactive_account', a.id)).toEqual([]);
    t.clock.set(stockholm('2026-11-28'));
    await sweep(t);
    await sweep(t);
    expect(await about('inactive_account', a.id)).toHaveLength(2);

    await t.db
      .updateTable('accounts')
      .set({ last_activity_on: '2026-12-01' })
      .where('id', '=', a.id)
      .execute();
    t.clock.set(stockholm('2027-05-30'));
    await sweep(t);
    expect(await about('inactive_account', a.id)).toHaveLength(4);
    expect((await about('inactive_account', a.id)).slice(2)[0]).toContain('2026-12-01');
  });

  it('reminds of too few people once a month until someone is added', async () => {
    await onlyRules(t.db, { too_few_people: {} });
    t.clock.set(stockholm('2026-11-23'));
    const a = await account({}, false);
    await sweep(t);
    t.clock.set(stockholm('2026-11-30'));
    await sweep(t);
    expect(await about('too_few_people', a.id)).toEqual([`2026-11 ${owner.userId}:0`]);
    t.clock.set(stockholm('2026-12-01'));
    await sweep(t);
    expect(await about('too_few_people', a.id)).toEqual([
      `2026-11 ${owner.userId}:0`,
      `2026-12 ${owner.userId}:0`,
    ]);
    await addAccountPerson(t.db, t.clock, a.id, deputy.userId, 'deputy');
    t.clock.set(stockholm('2027-01-02'));
    await sweep(t);
    expect(await about('too_few_people', a.id)).toHaveLength(2);
  });

  it('tells the unit manager at once, and urgently, when an owner leaves', async () => {
    await onlyRules(t.db, { departed_owner: {} });
    t.clock.set(stockholm('2026-11-23'));
    const leaver = await makeUser(t.db, t.clock, [], { name: 'Lena Lämnar' });
    const a = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
    await addAccountPerson(t.db, t.clock, a.id, leaver.userId, 'owner');
    await t.db
      .transaction()
      .execute((tx) => changeUserActive(tx, t.clock, org.admin.userId, leaver.userId, false));
    const task = await t.db
      .selectFrom('handover_tasks')
      .select('id')
      .where('user_id', '=', leaver.userId)
      .executeTakeFirstOrThrow();
    await sweep(t);
    await sweep(t);
    expect(await about('departed_owner', task.id)).toEqual([
      `2026-11-23 ${manager.userId}:1 urgent`,
    ]);
  });

  it('asks an absent person for cover beforehand and the manager once the absence has begun', async () => {
    await onlyRules(t.db, { no_cover: { noticeDays: 7 } });
    t.clock.set(stockholm('2026-11-23'));
    const away = await makeUser(t.db, t.clock, [], { name: 'Bo Borta' });
    const a = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
    await addAccountPerson(t.db, t.clock, a.id, away.userId, 'owner');
    const { id } = await t.db
      .insertInto('absences')
      .values({
        user_id: away.userId,
        starts_on: '2026-12-07',
        ends_on: '2026-12-20',
        note: '',
        created_at: t.clock.now().toISOString(),
        created_by: org.admin.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sweep(t);
    expect(await about('no_cover', id)).toEqual([]);
    t.clock.set(stockholm('2026-11-30'));
    await sweep(t);
    await sweep(t);
    expect(await about('no_cover', id)).toEqual([`soon:2026-12-07 ${away.userId}:0`]);
    t.clock.set(stockholm('2026-12-07'));
    await sweep(t);
    expect(await about('no_cover', id)).toEqual([
      `soon:2026-12-07 ${away.userId}:0`,
      `now:2026-12-07 ${manager.userId}:1 urgent`,
    ]);
  });

  it('reminds of a required course the person lacks, until it is recorded', async () => {
    await onlyRules(t.db, { training_expired: {} });
    t.clock.set(stockholm('2026-11-23'));
    const learner = await makeUser(t.db, t.clock, [], { name: 'Lisa Lär' });
    const a = await makeAccount(t.db, t.clock, org.admin, org.library);
    await addAccountPerson(t.db, t.clock, a.id, learner.userId, 'owner');
    const now = t.clock.now().toISOString();
    const course = await t.db
      .insertInto('courses')
      .values({
        name: 'Sociala medier i kommunen',
        name_key: 'sociala medier i kommunen',
        description: '',
        validity_months: 24,
        required: 1,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('training_completions')
      .values({
        user_id: learner.userId,
        course_id: course.id,
        completed_on: '2024-11-01',
        valid_until: '2026-11-01',
        note: '',
        created_at: now,
        created_by: org.admin.userId,
      })
      .execute();
    await sweep(t);
    await sweep(t);
    expect(await about('training_expired', learner.userId)).toEqual([
      `course-${course.id}:2026-11-01 ${learner.userId}:0`,
    ]);
    await t.db.updateTable('courses').set({ active: 0 }).where('id', '=', course.id).execute();
    t.clock.set(stockholm('2026-11-24'));
    await sweep(t);
    expect(await about('training_expired', learner.userId)).toHaveLength(1);
  });

  it('has content archived from the end date until the decision is recorded', async () => {
    await onlyRules(t.db, { archiving_due: {} });
    t.clock.set(stockholm('2026-11-23'));
    const a = await account({ type: 'campaign', endDate: '2026-11-24' });
    await sweep(t);
    expect(await about('archiving_due', a.id)).toEqual([]);
    t.clock.set(stockholm('2026-11-24'));
    await sweep(t);
    expect(await about('archiving_due', a.id)).toHaveLength(2);
    await t.db
      .updateTable('accounts')
      .set({ disposal_reference: 'KS 2026/123' })
      .where('id', '=', a.id)
      .execute();
    t.clock.set(stockholm('2026-11-25'));
    await sweep(t);
    const rows = (await reminders(t.db)).filter(
      (r) => r.rule === 'archiving_due' && r.subject_id === a.id,
    );
    expect(rows).toHaveLength(2);
  });

  it('leaves out accounts that are applied for or already closed, as the calendar does', async () => {
    await onlyRules(t.db, { archiving_due: {} });
    t.clock.set(stockholm('2026-11-24'));
    const closed = await account({ type: 'campaign', endDate: '2026-11-20' });
    await t.db
      .updateTable('accounts')
      .set({ status: 'closed' })
      .where('id', '=', closed.id)
      .execute();
    const closing = await account({ type: 'official' });
    await t.db
      .updateTable('accounts')
      .set({ status: 'closing', status_changed_on: '2026-11-22', disposal_reference: '  ' })
      .where('id', '=', closing.id)
      .execute();
    await sweep(t);
    expect(await about('archiving_due', closed.id)).toEqual([]);
    expect(await about('archiving_due', closing.id)).toEqual([
      `2026-11-22 ${owner.userId}:0`,
      `2026-11-22 ${deputy.userId}:0`,
    ]);
  });

  it('reminds an action owner before the due date and again once it is overdue', async () => {
    await onlyRules(t.db, { action_due: { noticeDays: 7 }, action_overdue: {} });
    t.clock.set(stockholm('2026-11-23'));
    const now = t.clock.now().toISOString();
    const { id } = await t.db
      .insertInto('actions')
      .values({
        title: 'Publicera kommentarsregler',
        title_key: 'publicera kommentarsregler',
        description: '',
        search_text: 'publicera kommentarsregler',
        kind: 'improvement',
        owner_user_id: owner.userId,
        unit_id: org.ekbacken.id,
        due_on: '2026-12-04',
        status: 'open',
        audit_id: null,
        account_id: null,
        created_at: now,
        created_by: org.admin.userId,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sweep(t);
    expect(await about('action_due', id)).toEqual([]);
    t.clock.set(stockholm('2026-11-27'));
    await sweep(t);
    expect(await about('action_due', id)).toEqual([`2026-12-04 ${owner.userId}:0`]);
    t.clock.set(stockholm('2026-12-05'));
    await sweep(t);
    await sweep(t);
    expect(await about('action_overdue', id)).toEqual([`2026-12-04 ${owner.userId}:0`]);
  });

  it('reminds of a stored password past its interval', async () => {
    await onlyRules(t.db, { credential_rotation: {} });
    t.clock.set(stockholm('2026-11-23'));
    const a = await account({}, false);
    const now = t.clock.now().toISOString();
    await t.db
      .insertInto('account_credentials')
      .values({
        account_id: a.id,
        kek_id: 'test',
        wrapped_key: 'wrapped',
        username_ct: null,
        password_ct: null,
        recovery_codes_ct: null,
        notes_ct: null,
        password_changed_on: '2025-11-30',
        rotation_months: null,
        rotate_reason: null,
        rotate_flagged_at: null,
        created_at: now,
        updated_at: now,
        updated_by: null,
      })
      .execute();
    await sweep(t);
    expect(await about('credential_rotation', a.id)).toEqual([]);
    t.clock.set(stockholm('2026-12-01'));
    await sweep(t);
    await sweep(t);
    expect(await about('credential_rotation', a.id)).toEqual([`2026-11-30 ${owner.userId}:0`]);
  });

  it('asks the people of an approved account for its address once it has waited 14 days', async () => {
    await onlyRules(t.db, { awaiting_url: { days: 14 } });
    t.clock.set(stockholm('2026-11-23'));
    const a = await account({ status: 'applied' });
    t.clock.set(stockholm('2026-12-06'));
    await sweep(t);
    expect(await about('awaiting_url', a.id)).toEqual([]);
    t.clock.set(stockholm('2026-12-07'));
    await sweep(t);
    await sweep(t);
    expect(await about('awaiting_url', a.id)).toEqual([
      `2026-11-23 ${owner.userId}:0`,
      `2026-11-23 ${deputy.userId}:0`,
    ]);
  });

  it('writes nothing for a rule that the policy turned off', async () => {
    await onlyRules(t.db, {});
    t.clock.set(stockholm('2026-11-23'));
    const a = await account({ type: 'teaching', endDate: '2026-11-23' });
    const result = await sweep(t);
    expect(result.due).toEqual({});
    expect(await about('end_date', a.id)).toEqual([]);
  });
});
