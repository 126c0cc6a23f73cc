import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { OPEN_STATUSES } from '../accounts/account.js';
import { isPostgres, type DbOrTx } from '../platform/db/database.js';
import type { PeoplePolicy } from './people-policy.js';

/** What can be wrong with who answers for an account, or with its credentials. */
export const GAP_KINDS = [
  'too_few_people',
  'no_owner',
  'person_left',
  'no_cover',
  'training_expired',
  'credentials_unknown',
  'rotate_credentials',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];
/** A gap filter: any gap at all, or one kind. */
export type GapFilter = GapKind | 'any';
export const GAP_FILTERS: readonly GapFilter[] = ['any', ...GAP_KINDS];

/** What the rules need to know besides the account: today in Stockholm and the policy. */
export interface GapRules {
  today: string;
  policy: Pick<PeoplePolicy, 'minPeople' | 'rotationMonths'>;
  postgres: boolean;
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));
const OPEN = list(OPEN_STATUSES);
const INTERNAL = list(['owner', 'deputy']);

// An owner or deputy who is an active user and has not left: "people" in the rules.
const people = (roles = INTERNAL) =>
  sql`select 1 from account_people p inner join users u on u.id = p.user_id
      where p.account_id = a.id and p.role in (${roles}) and u.active = 1 and p.left_reason is null`;

/** The condition on `a` (accounts) of one gap kind, apart from the account being open. */
function condition(kind: GapKind, rules: GapRules): RawBuilder<SqlBool> {
  const { today, policy } = rules;
  switch (kind) {
    case 'too_few_people':
      return sql<SqlBool>`(select count(*) from (${people()}) counted) < ${policy.minPeople}`;
    case 'no_owner':
      return sql<SqlBool>`not exists (${people(list(['owner']))})`;
    case 'person_left':
      return sql<SqlBool>`exists (select 1 from account_people p left join users u on u.id = p.user_id
        where p.account_id = a.id and p.role in (${INTERNAL})
        and (p.left_reason is not null or u.active = 0))`;
    case 'no_cover':
      return sql<SqlBool>`exists (select 1 from account_people p
        inner join users u on u.id = p.user_id
        inner join absences ab on ab.user_id = p.user_id
        where p.account_id = a.id and p.role in (${INTERNAL}) and u.active = 1
        and p.left_reason is null and ab.starts_on <= ${today} and ab.ends_on >= ${today}
        and not exists (select 1 from absence_covers ac
          where ac.absence_id = ab.id and ac.account_id = a.id))`;
    case 'training_expired':
      return sql<SqlBool>`exists (select 1 from account_people p
        inner join users u on u.id = p.user_id
        cross join courses c
        where p.account_id = a.id and p.role in (${INTERNAL}) and u.active = 1
        and p.left_reason is null and c.required = 1 and c.active = 1
        and not exists (select 1 from training_completions tc
          where tc.user_id = p.user_id and tc.course_id = c.id
          and (tc.valid_until is null or tc.valid_until >= ${today})))`;
    case 'credentials_unknown':
      return sql<SqlBool>`a.credentials_location = 'unknown'`;
    case 'rotate_credentials':
      return sql<SqlBool>`exists (select 1 from account_credentials k where k.account_id = a.id
        and (k.rotate_reason is not null or ${rotationDue(rules)}))`;
  }
}

// The stored password's change date plus its interval lies before today.
function rotationDue({ today, policy, postgres }: GapRules): RawBuilder<SqlBool> {
  const changed = sql`coalesce(k.password_changed_on, substr(k.created_at, 1, 10))`;
  const months = sql`coalesce(k.rotation_months, ${policy.rotationMonths})`;
  return postgres
    ? sql<SqlBool>`(${changed})::date + make_interval(months => (${months})::int) < ${today}::date`
    : sql<SqlBool>`date(${changed}, '+' || ${months} || ' months') < ${today}`;
}

/** SQL over `a` (accounts): the account is open and has the gap (or, for `any`, some gap). */
export function gapCondition(filter: GapFilter, rules: GapRules): RawBuilder<SqlBool> {
  const kinds = filter === 'any' ? GAP_KINDS : [filter];
  const either = sql.join(
    kinds.map((k) => sql`(${condition(k, rules)})`),
    sql` or `,
  );
  return sql<SqlBool>`(a.status in (${OPEN}) and (${either}))`;
}

/** The rules for today under a policy, for this database. */
export function gapRules(db: DbOrTx, today: string, policy: GapRules['policy']): GapRules {
  return { today, policy, postgres: isPostgres(db) };
}

/** The gaps of each account among the ids, in one query; accounts without gaps are left out. */
export async function accountGaps(
  db: DbOrTx,
  ids: readonly number[],
  rules: GapRules,
): Promise<Map<number, GapKind[]>> {
  const result = new Map<number, GapKind[]>();
  if (ids.length === 0) return result;
  const rows = await db
    .selectFrom('accounts as a')
    .select(['a.id', 'a.status'])
    .select(
      GAP_KINDS.map((k) => sql<number>`case when ${condition(k, rules)} then 1 else 0 end`.as(k)),
    )
    // The status is checked here, not in SQL: a condition on it would lead the planner to scan
    // every open account through the status index instead of looking up the page's ids.
    .where('a.id', 'in', [...new Set(ids)])
    .execute();
  for (const row of rows) {
    if (!(OPEN_STATUSES as readonly string[]).includes(row.status)) continue;
    const values = row as unknown as Record<GapKind, number | string>;
    const kinds = GAP_KINDS.filter((k) => Number(values[k]) === 1);
    if (kinds.length > 0) result.set(row.id, kinds);
  }
  return result;
}

/** How many accounts have each gap (and any gap), among the accounts a condition on `a` selects. */
export async function countGaps(
  db: DbOrTx,
  where: RawBuilder<SqlBool>,
  rules: GapRules,
): Promise<Record<GapFilter, number>> {
  const flags = db
    .selectFrom('accounts as a')
    .select(
      GAP_KINDS.map((k) => sql<number>`case when ${condition(k, rules)} then 1 else 0 end`.as(k)),
    )
    .where(where)
    .where(sql<SqlBool>`a.status in (${OPEN})`);
  const anyFlag = sql.join(
    GAP_KINDS.map((k) => sql.ref(`x.${k}`)),
    sql` + `,
  );
  const row = await db
    .selectFrom(flags.as('x'))
    .select([
      ...GAP_KINDS.map((k) => sql<number>`coalesce(sum(${sql.ref(`x.${k}`)}), 0)`.as(k)),
      sql<number>`coalesce(sum(case when ${anyFlag} > 0 then 1 else 0 end), 0)`.as('any'),
    ])
    .executeTakeFirstOrThrow();
  const values = row as unknown as Record<string, number | string>;
  return Object.fromEntries(GAP_FILTERS.map((k) => [k, Number(values[k] ?? 0)])) as Record<
    GapFilter,
    number
  >;
}
