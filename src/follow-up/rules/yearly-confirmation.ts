import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { OPEN_STATUSES, type AccountStatus } from '../../accounts/account.js';
import { accountBatches, BATCH } from '../../confirmation/account-batches.js';
import { answeringPeople } from '../../confirmation/answering-people.js';
import type { DueItem, FollowUpRule, RuleContext, RuleScope } from '../rule.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** How long a confirmation holds before the account is to be confirmed again. */
  months: z.number().int().min(1).max(60).default(12),
});
type Settings = z.infer<typeof settings>;

const RULE = 'yearly_confirmation';
// The status is checked here rather than in SQL: a condition on it would lead SQLite to walk the
// status index over the whole register instead of looking up the batch's ids.
const keepOpen = <R extends { status: string }>(rows: R[]) =>
  rows.filter((r) => OPEN_STATUSES.includes(r.status as AccountStatus));

// Accounts within the scope's units, if it names any.
function inUnits(scope: RuleScope): RawBuilder<SqlBool> {
  if (!scope.unitPaths) return sql<SqlBool>`1 = 1`;
  if (scope.unitPaths.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(
    scope.unitPaths.map((p) => sql`un.path like ${`${p}%`}`),
    sql` or `,
  )})`;
}

/** One due item per person who answers for the account, or one for nobody. */
function spread(
  base: Omit<DueItem, 'userId'>,
  people: number[] | undefined,
  scope: RuleScope,
): DueItem[] {
  if (people && people.length > 0) return people.map((userId) => ({ ...base, userId }));
  // An item nobody answers for is the unit's; a person's own list has no place for it.
  return scope.userId !== undefined ? [] : [{ ...base, userId: null }];
}

/** Unanswered items of open rounds, due on the round's closing date. */
async function* roundItems(ctx: RuleContext, scope: RuleScope): AsyncIterable<DueItem[]> {
  const rounds = await ctx.db
    .selectFrom('confirmation_rounds')
    .select(['id', 'title', 'closes_on'])
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  for (const round of rounds) {
    const waiting = (after: number) =>
      ctx.db
        .selectFrom('confirmation_items')
        .select('account_id')
        .where('round_id', '=', round.id)
        .where('outcome', 'is', null)
        .where('account_id', '>', after)
        .orderBy('account_id')
        .limit(BATCH)
        .execute()
        .then((rows) => rows.map((r) => r.account_id));
    for await (const ids of accountBatches(ctx.db, scope.userId, waiting)) {
      const rows = await ctx.db
        .selectFrom('confirmation_items as i')
        .innerJoin('accounts as a', 'a.id', 'i.account_id')
        .innerJoin('units as un', 'un.id', 'a.unit_id')
        .select(['i.id', 'i.account_id', 'a.unit_id', 'a.display_name', 'a.status'])
        .where('i.round_id', '=', round.id)
        .where('i.account_id', 'in', ids)
        .where('i.outcome', 'is', null)
        .where(inUnits(scope))
        .orderBy('i.account_id')
        .execute()
        .then(keepOpen);
      const people = await answeringPeople(
        ctx.db,
        rows.map((r) => r.account_id),
        scope.userId,
      );
      const items = rows.flatMap((r) =>
        spread(
          {
            rule: RULE,
            subjectType: 'round_item',
            subjectId: r.id,
            unitId: r.unit_id,
            period: `round-${round.id}`,
            dueOn: round.closes_on,
            title: r.display_name,
            params: { round: round.title, closesOn: round.closes_on },
            urgent: false,
            href: `/confirm#item-${r.id}`,
          },
          people.get(r.account_id),
          scope,
        ),
      );
      if (items.length > 0) yield items;
    }
  }
}

/** Open accounts outside an open round whose last confirmation is older than the setting. */
async function* staleAccounts(
  ctx: RuleContext,
  s: Settings,
  scope: RuleScope,
): AsyncIterable<DueItem[]> {
  const cutoff = DateTime.fromISO(ctx.today).minus({ months: s.months }).toISODate() ?? ctx.today;
  // Never confirmed: counted from the day it was registered.
  const since = sql<string>`coalesce(a.confirmed_on, substr(a.created_at, 1, 10))`;
  const register = (after: number) =>
    ctx.db
      .selectFrom('accounts')
      .select('id')
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute()
      .then((rows) => rows.map((r) => r.id));
  for await (const ids of accountBatches(ctx.db, scope.userId, register)) {
    const rows = await ctx.db
      .selectFrom('accounts as a')
      .innerJoin('units as un', 'un.id', 'a.unit_id')
      .select(['a.id', 'a.unit_id', 'a.display_name', 'a.status', since.as('since')])
      .where('a.id', 'in', ids)
      .where(since, '<=', cutoff)
      .where(
        sql<boolean>`not exists (select 1 from confirmation_items ci
          inner join confirmation_rounds cr on cr.id = ci.round_id
          where ci.account_id = a.id and ci.outcome is null and cr.status = 'open')`,
      )
      .where(inUnits(scope))
      .orderBy('a.id')
      .execute()
      .then(keepOpen);
    const people = await answeringPeople(
      ctx.db,
      rows.map((r) => r.id),
      scope.userId,
    );
    const items = rows.flatMap((r) => {
      const dueOn = DateTime.fromISO(r.since).plus({ months: s.months }).toISODate() ?? ctx.today;
      return spread(
        {
          rule: RULE,
          subjectType: 'account',
          subjectId: r.id,
          unitId: r.unit_id,
          period: `since-${r.since}`,
          dueOn,
          title: r.display_name,
          params: { since: r.since, months: s.months },
          urgent: false,
          href: `/accounts/${r.id}#confirm`,
        },
        people.get(r.id),
        scope,
      );
    });
    if (items.length > 0) yield items;
  }
}

/** Each account confirmed by its people once a year, and the open confirmation round's items. */
export const yearlyConfirmationRule: FollowUpRule<typeof settings> = {
  key: RULE,
  settings,
  async *find(ctx, s, scope) {
    if (!s.enabled) return;
    yield* roundItems(ctx, scope);
    yield* staleAccounts(ctx, s, scope);
  },
};
