import type { DbOrTx } from '../platform/db/database.js';
import { accountGaps, type GapKind, type GapRules } from './account-gaps.js';
import type { AccountPerson, LeftReason } from './account-person.js';
import { countsAsPerson } from './list-account-people.js';

/** One gap of an account, with whom it concerns where that says more than the kind alone. */
export interface GapDetail {
  kind: GapKind;
  /** The people it concerns: who left and why, who is absent, who lacks which course. */
  people: { name: string; reason?: LeftReason; courses?: string[] }[];
  /** For too few people: how many count, and how many the policy asks for. */
  count?: number;
  min?: number;
}

/** The gaps of one account, each with the people it concerns. */
export async function accountGapDetails(
  db: DbOrTx,
  accountId: number,
  people: AccountPerson[],
  rules: GapRules,
): Promise<GapDetail[]> {
  const kinds = (await accountGaps(db, [accountId], rules)).get(accountId) ?? [];
  const internal = people.filter((p) => p.role !== 'external');
  const present = internal.filter(countsAsPerson);
  const details: GapDetail[] = [];
  for (const kind of kinds) {
    const detail: GapDetail = { kind, people: [] };
    if (kind === 'too_few_people') {
      detail.count = present.length;
      detail.min = rules.policy.minPeople;
    }
    if (kind === 'person_left')
      detail.people = internal
        .filter((p) => p.leftReason !== null || !p.active)
        .map((p) => ({ name: p.name, reason: p.leftReason ?? 'departed' }));
    if (kind === 'no_cover')
      detail.people = await absentWithoutCover(db, accountId, present, rules);
    if (kind === 'training_expired') detail.people = await lackingTraining(db, present, rules);
    details.push(detail);
  }
  return details;
}

async function absentWithoutCover(
  db: DbOrTx,
  accountId: number,
  present: AccountPerson[],
  { today }: GapRules,
): Promise<GapDetail['people']> {
  const ids = present.flatMap((p) => (p.userId ? [p.userId] : []));
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('absences as ab')
    .select('ab.user_id')
    .where('ab.user_id', 'in', ids)
    .where('ab.starts_on', '<=', today)
    .where('ab.ends_on', '>=', today)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('absence_covers as ac')
            .select('ac.id')
            .whereRef('ac.absence_id', '=', 'ab.id')
            .where('ac.account_id', '=', accountId),
        ),
      ),
    )
    .execute();
  const absent = new Set(rows.map((r) => r.user_id));
  return present.filter((p) => p.userId && absent.has(p.userId)).map((p) => ({ name: p.name }));
}

async function lackingTraining(
  db: DbOrTx,
  present: AccountPerson[],
  { today }: GapRules,
): Promise<GapDetail['people']> {
  const ids = present.flatMap((p) => (p.userId ? [p.userId] : []));
  if (ids.length === 0) return [];
  const courses = await db
    .selectFrom('courses')
    .select(['id', 'name'])
    .where('required', '=', 1)
    .where('active', '=', 1)
    .orderBy('name_key')
    .execute();
  const valid = await db
    .selectFrom('training_completions')
    .select(['user_id', 'course_id'])
    .where('user_id', 'in', ids)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .execute();
  const done = new Set(valid.map((v) => `${v.user_id}:${v.course_id}`));
  return present.flatMap((p) => {
    const missing = courses.filter((c) => !done.has(`${p.userId}:${c.id}`)).map((c) => c.name);
    return missing.length > 0 ? [{ name: p.name, courses: missing }] : [];
  });
}
