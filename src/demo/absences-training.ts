import { DateTime } from 'luxon';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { validUntil } from '../training/training-state.js';
import { addDays } from './dates.js';
import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

const COURSES = [
  {
    name: 'Sociala medier i offentlig verksamhet',
    description: 'Lagar och riktlinjer: offentlighet, allmänna handlingar, yttrandefrihet och ton.',
    months: 24,
    required: true,
  },
  {
    name: 'Tillgänglighet i sociala medier',
    description: 'Bildtexter, textning, klarspråk och kontrast i inlägg.',
    months: 36,
    required: true,
  },
  {
    name: 'GDPR och bilder på barn',
    description: 'Samtycke, skyddade personuppgifter och vad som inte publiceras.',
    months: 12,
    required: false,
  },
] as const;

type Outcome = 'valid' | 'soon' | 'expired' | 'none';
// Fixed outcomes for the first people with accounts, so the demo always shows each state.
const FIRST_OUTCOMES: Outcome[] = ['soon', 'expired', 'none'];

/** The last valid day an outcome calls for, and the completion day that gives it. */
function completionFor(ctx: DemoContext, random: Random, months: number, outcome: Outcome) {
  const until =
    outcome === 'soon'
      ? addDays(ctx.today, random.int(5, 55))
      : outcome === 'expired'
        ? addDays(ctx.today, -random.int(10, 300))
        : addDays(ctx.today, random.int(70, months * 30 - 20));
  const completedOn =
    DateTime.fromISO(until, { zone: 'utc' }).minus({ months }).toISODate() ?? ctx.today;
  return { completedOn, validUntil: validUntil(completedOn, months) };
}

/** Active owners and deputies who have not left, most accounts first; everyone else after. */
async function peopleByAccounts(ctx: DemoContext) {
  const users = await ctx.tx
    .selectFrom('users')
    .select(['id'])
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  const held = await ctx.tx
    .selectFrom('account_people')
    .select(['user_id', 'account_id'])
    .where('role', 'in', ['owner', 'deputy'])
    .where('left_reason', 'is', null)
    .orderBy('account_id')
    .execute();
  const accounts = new Map<number, number[]>();
  for (const h of held)
    if (h.user_id) accounts.set(h.user_id, [...(accounts.get(h.user_id) ?? []), h.account_id]);
  const people = users
    .filter((u) => u.id !== ctx.adminId)
    .map((u) => ({ id: u.id, accounts: accounts.get(u.id) ?? [] }))
    .sort((a, b) => b.accounts.length - a.accounts.length || a.id - b.id);
  return { people, userIds: users.map((u) => u.id), held };
}

/** Writes demo courses, completions (some expiring soon) and absences with and without cover. */
export async function insertDemoAbsencesAndTraining(
  ctx: DemoContext,
  random: Random,
): Promise<void> {
  const { tx, now } = ctx;
  const courses = await tx
    .insertInto('courses')
    .values(
      COURSES.map((c) => ({
        name: c.name,
        name_key: swedishSortKey(c.name),
        description: c.description,
        validity_months: c.months,
        required: c.required ? 1 : 0,
        active: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .returning(['id', 'validity_months', 'required'])
    .execute();
  const { people, userIds, held } = await peopleByAccounts(ctx);
  const completions = people.flatMap((person, index) =>
    courses.flatMap((course) => {
      const outcome: Outcome =
        course.required === 1 && index < FIRST_OUTCOMES.length && course.id === courses[0]!.id
          ? FIRST_OUTCOMES[index]!
          : random.weighted<Outcome>(
              course.required === 1
                ? [
                    ['valid', 70],
                    ['soon', 10],
                    ['expired', 10],
                    ['none', 10],
                  ]
                : [
                    ['valid', 35],
                    ['expired', 10],
                    ['none', 55],
                  ],
            );
      if (outcome === 'none') return [];
      const done = completionFor(ctx, random, course.validity_months ?? 12, outcome);
      return [
        {
          user_id: person.id,
          course_id: course.id,
          completed_on: done.completedOn,
          valid_until: done.validUntil,
          note: '',
          created_at: now,
          created_by: ctx.adminId,
        },
      ];
    }),
  );
  if (completions.length > 0)
    await tx.insertInto('training_completions').values(completions).execute();
  await insertAbsences(ctx, random, people, userIds, held);
}

type Person = { id: number; accounts: number[] };

/** Two current absences (one fully covered, one with an account nobody covers) and one to come. */
async function insertAbsences(
  ctx: DemoContext,
  random: Random,
  people: Person[],
  userIds: number[],
  held: { user_id: number | null; account_id: number }[],
): Promise<void> {
  const [covered, partly, upcoming] = people;
  if (!covered || !partly || !upcoming) return;
  // A colleague on the same account covers when there is one; someone else otherwise.
  const peopleOf = new Map<number, number[]>();
  for (const h of held)
    if (h.user_id) peopleOf.set(h.account_id, [...(peopleOf.get(h.account_id) ?? []), h.user_id]);
  const coverFor = (absent: number, accountId: number) =>
    peopleOf.get(accountId)?.find((id) => id !== absent) ??
    random.pick(userIds.filter((id) => id !== absent));
  const plans = [
    {
      person: covered,
      from: addDays(ctx.today, -3),
      to: addDays(ctx.today, 11),
      note: 'Semester',
      skip: 0,
    },
    {
      person: partly,
      from: addDays(ctx.today, -1),
      to: addDays(ctx.today, 20),
      note: 'Föräldraledighet',
      skip: 1,
    },
    {
      person: upcoming,
      from: addDays(ctx.today, 14),
      to: addDays(ctx.today, 28),
      note: 'Kurs och konferens',
      skip: 0,
    },
  ];
  for (const plan of plans) {
    const absence = await ctx.tx
      .insertInto('absences')
      .values({
        user_id: plan.person.id,
        starts_on: plan.from,
        ends_on: plan.to,
        note: plan.note,
        created_at: ctx.now,
        created_by: plan.person.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const coveredAccounts = plan.person.accounts.slice(plan.skip);
    // A demo person may hold thousands of accounts; batches keep below the parameter limits.
    for (let i = 0; i < coveredAccounts.length; i += 500)
      await ctx.tx
        .insertInto('absence_covers')
        .values(
          coveredAccounts.slice(i, i + 500).map((accountId) => ({
            absence_id: absence.id,
            account_id: accountId,
            cover_user_id: coverFor(plan.person.id, accountId),
          })),
        )
        .execute();
  }
}
