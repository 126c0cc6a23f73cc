import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { changeAccountStatus } from '../../src/accounts/change-account-status.js';
import { closeRound } from '../../src/confirmation/close-round.js';
import { confirmAccount } from '../../src/confirmation/confirm-account.js';
import { openRound } from '../../src/confirmation/open-round.js';
import { openScheduledRound } from '../../src/confirmation/open-scheduled-round.js';
import {
  DEFAULT_FOLLOW_UP_POLICY,
  type FollowUpPolicy,
} from '../../src/follow-up/follow-up-policy.js';
import type { DueItem, RuleScope } from '../../src/follow-up/rule.js';
import { yearlyConfirmationRule } from '../../src/follow-up/rules/yearly-confirmation.js';
import { WINDOW } from '../../src/follow-up/scan/id-windows.js';
import { isPostgres } from '../../src/platform/db/database.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { stockholmDate } from '../../src/platform/i18n/format.js';
import { auditRows } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// The register was started on New Year's Day 2025.
const { t, org } = useTestOrganisation({ at: '2025-01-01T09:00:00Z' });
let ola: Actor;
let dana: Actor;
let old: Account;
let confirmed: Account;
let fresh: Account;
let books: Account;

const scheduled: FollowUpPolicy = {
  ...DEFAULT_FOLLOW_UP_POLICY,
  confirmationSchedule: { month: 3, day: 1, openDays: 30 },
};

async function due(scope: RuleScope = {}, settings = {}): Promise<DueItem[][]> {
  const batches: DueItem[][] = [];
  const ctx = {
    db: t.db,
    today: stockholmDate(t.clock.now()),
    now: t.clock.now().toISOString(),
    policy: DEFAULT_FOLLOW_UP_POLICY,
    postgres: isPostgres(t.db),
  };
  const parsed = yearlyConfirmationRule.settings.parse(settings);
  for await (const batch of yearlyConfirmationRule.find(ctx, parsed, scope)) batches.push(batch);
  return batches;
}
type Row = readonly [string, string, number | null, string, string | null];
// By title, then by person (nobody first), so that expectations need not know the ids' order.
const sorted = (rows: Row[]) =>
  [...rows].sort((a, b) => a[1].localeCompare(b[1], 'sv') || (a[2] ?? 0) - (b[2] ?? 0));
const summary = (items: DueItem[]) =>
  sorted(items.map((i): Row => [i.subjectType, i.title, i.userId, i.period, i.dueOn]));

beforeAll(async () => {
  ola = await makeUser(t.db, t.clock, [], { name: 'Ola' });
  dana = await makeUser(t.db, t.clock, [], { name: 'Dana' });
  old = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Gammalt' });
  confirmed = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Bekräftat',
  });
  await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Ingens' });
  books = await makeAccount(t.db, t.clock, org.admin, org.library, { displayName: 'Böcker' });
  const closed = await makeAccount(t.db, t.clock, org.admin, org.library, {
    displayName: 'Stängt',
  });
  await changeAccountStatus(t.db, t.clock, org.admin, closed.id, {
    status: 'closed',
    reason: 'Nedlagt',
    effectiveOn: null,
  });
  await addAccountPerson(t.db, t.clock, old.id, ola.userId, 'owner');
  await addAccountPerson(t.db, t.clock, old.id, dana.userId, 'deputy');
  await addAccountPerson(t.db, t.clock, confirmed.id, ola.userId, 'owner');
  await addAccountPerson(t.db, t.clock, books.id, dana.userId, 'owner');
  t.clock.set('2025-06-01T09:00:00Z');
  await confirmAccount(t.db, t.clock, org.admin, confirmed.id);
  t.clock.set('2026-02-01T09:00:00Z');
  fresh = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Nytt' });
  await addAccountPerson(t.db, t.clock, fresh.id, ola.userId, 'owner');
});

describe('the yearly confirmation rule', () => {
  it('finds accounts not confirmed for twelve months, for each of their people', async () => {
    t.clock.set('2026-02-20T09:00:00Z');
    const items = (await due()).flat();
    expect(summary(items)).toEqual(
      sorted([
        ['account', 'Böcker', dana.userId, 'since-2025-01-01', '2026-01-01'],
        ['account', 'Gammalt', dana.userId, 'since-2025-01-01', '2026-01-01'],
        ['account', 'Gammalt', ola.userId, 'since-2025-01-01', '2026-01-01'],
        ['account', 'Ingens', null, 'since-2025-01-01', '2026-01-01'],
      ]),
    );
    const item = items.find((i) => i.subjectId === old.id)!;
    expect(item).toMatchObject({
      rule: 'yearly_confirmation',
      unitId: org.ekbacken.id,
      href: `/accounts/${old.id}#confirm`,
      urgent: false,
    });
    // Confirmed in June 2025: due again once June 2026 comes.
    t.clock.set('2026-06-02T09:00:00Z');
    expect((await due()).flat().filter((i) => i.subjectId === confirmed.id)).toMatchObject([
      { userId: ola.userId, period: 'since-2025-06-01', dueOn: '2026-06-01' },
    ]);
    expect((await due({}, { months: 24 })).flat()).toEqual([]);
    expect((await due({}, { enabled: false })).flat()).toEqual([]);
  });

  it('keeps to one person, or to some units, when asked', async () => {
    t.clock.set('2026-02-20T09:00:00Z');
    const mine = (await due({ userId: ola.userId })).flat();
    expect(summary(mine)).toEqual([
      ['account', 'Gammalt', ola.userId, 'since-2025-01-01', '2026-01-01'],
    ]);
    const library = (await due({ unitPaths: [org.library.path] })).flat();
    expect(library.map((i) => i.title)).toEqual(['Böcker']);
    expect((await due({ unitPaths: [] })).flat()).toEqual([]);
  });

  it('turns an open round’s unanswered items into items due on its closing date', async () => {
    t.clock.set('2026-02-20T09:00:00Z');
    const { id } = await openRound(t.db, t.clock, org.admin, {
      title: 'Skolan 2026',
      year: 2026,
      unitId: org.school.id,
      closesOn: '2026-03-15',
    });
    const items = (await due()).flat();
    expect(summary(items)).toEqual(
      sorted([
        ['account', 'Böcker', dana.userId, 'since-2025-01-01', '2026-01-01'],
        ['round_item', 'Bekräftat', ola.userId, `round-${id}`, '2026-03-15'],
        ['round_item', 'Gammalt', dana.userId, `round-${id}`, '2026-03-15'],
        ['round_item', 'Gammalt', ola.userId, `round-${id}`, '2026-03-15'],
        ['round_item', 'Ingens', null, `round-${id}`, '2026-03-15'],
        ['round_item', 'Nytt', ola.userId, `round-${id}`, '2026-03-15'],
      ]),
    );
    const roundItem = items.find((i) => i.subjectType === 'round_item' && i.title === 'Nytt')!;
    expect(roundItem.href).toBe(`/confirm#item-${roundItem.subjectId}`);
    expect(roundItem.params).toEqual({ round: 'Skolan 2026', closesOn: '2026-03-15' });
    // Answered, the item is gone by itself.
    await confirmAccount(t.db, t.clock, ola, old.id);
    const after = (await due()).flat();
    expect(after.filter((i) => i.title === 'Gammalt')).toEqual([]);
    await closeRound(t.db, t.clock, org.admin, id);
    expect(summary((await due()).flat()).map((i) => i[1])).toEqual(['Böcker', 'Ingens']);
  });

  it('streams a large register a window of ids at a time, in order', async () => {
    const now = '2024-01-01T08:00:00.000Z';
    const rows = Array.from({ length: 1_205 }, (_, i) => ({
      platform: 'blog',
      handle: `massa-${i}`,
      handle_key: `massa-${i}`,
      platform_account_id: null,
      url: null,
      display_name: `Massa ${i}`,
      name_key: `massa ${i}`,
      unit_id: org.library.id,
      type: 'official',
      end_date: null,
      purpose: '',
      goals: '',
      audience: '',
      publishing_plan: '',
      status: 'active',
      status_changed_on: '2024-01-01',
      status_reason: '',
      last_activity_on: null,
      credentials_location: 'unknown',
      credentials_note: '',
      disposal_reference: '',
      notes: '',
      search_text: `massa ${i}`,
      version: 1,
      created_at: now,
      created_by: org.admin.userId,
      updated_at: now,
    }));
    for (let i = 0; i < rows.length; i += 400)
      await t.db
        .insertInto('accounts')
        .values(rows.slice(i, i + 400))
        .execute();
    t.clock.set('2026-02-20T09:00:00Z');
    const batches = await due({ unitPaths: [org.library.path] });
    for (const batch of batches) {
      const span = batch.map((i) => i.subjectId);
      expect(Math.max(...span) - Math.min(...span)).toBeLessThan(WINDOW);
    }
    const ids = batches.flat().map((i) => i.subjectId);
    expect(new Set(ids).size).toBe(1_206);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});

describe('the scheduled round', () => {
  it('opens once a year on the policy’s day, for the whole organisation', async () => {
    t.clock.set('2026-02-28T09:00:00Z');
    expect(await openScheduledRound(t.db, t.clock, scheduled)).toBeNull();
    expect(await openScheduledRound(t.db, t.clock, DEFAULT_FOLLOW_UP_POLICY)).toBeNull();
    t.clock.set('2026-03-01T05:00:00Z');
    const id = await openScheduledRound(t.db, t.clock, scheduled);
    expect(id).toEqual(expect.any(Number));
    const round = await t.db
      .selectFrom('confirmation_rounds')
      .selectAll()
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(round).toMatchObject({
      unit_id: org.root.id,
      title: 'Årlig bekräftelse 2026',
      year: 2026,
      opens_on: '2026-03-01',
      closes_on: '2026-03-31',
      status: 'open',
      created_by: null,
    });
    const [audit] = await auditRows(t.db, 'round.open', id!);
    expect(audit!.actor_user_id).toBeNull();
    expect(await openScheduledRound(t.db, t.clock, scheduled)).toBeNull();
    t.clock.set('2026-03-20T09:00:00Z');
    await closeRound(t.db, t.clock, org.admin, id!);
    expect(await openScheduledRound(t.db, t.clock, scheduled)).toBeNull();
  });

  it('opens late after a missed day while the closing date is ahead, never over an open round', async () => {
    t.clock.set('2027-03-05T09:00:00Z');
    const { id: manual } = await openRound(t.db, t.clock, org.admin, {
      title: 'Biblioteket',
      year: 2027,
      unitId: org.library.id,
      closesOn: '2027-03-10',
    });
    expect(await openScheduledRound(t.db, t.clock, scheduled)).toBeNull();
    t.clock.set('2027-03-11T09:00:00Z');
    await closeRound(t.db, t.clock, org.admin, manual);
    const late = await openScheduledRound(t.db, t.clock, scheduled);
    expect(late).toEqual(expect.any(Number));
    const round = await t.db
      .selectFrom('confirmation_rounds')
      .select(['opens_on', 'closes_on'])
      .where('id', '=', late!)
      .executeTakeFirstOrThrow();
    expect(round).toEqual({ opens_on: '2027-03-11', closes_on: '2027-03-31' });
    await closeRound(t.db, t.clock, org.admin, late!);
    t.clock.set('2028-04-02T09:00:00Z');
    expect(await openScheduledRound(t.db, t.clock, scheduled)).toBeNull();
  });
});
