import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { OPEN_STATUSES } from '../../accounts/account.js';
import type { FollowUpRule, RuleContext, RuleScope } from '../rule.js';
import { toAccountPeople } from '../scan/account-items.js';
import { accountInScope, isPersonal, withoutIndex } from '../scan/account-scope.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** How long a confirmation holds before the account is to be confirmed again. */
  months: z.number().int().min(1).max(60).default(12),
});
type Settings = z.infer<typeof settings>;

const RULE = 'yearly_confirmation';
const isOpen = withoutIndex('a.status', OPEN_STATUSES);

/** Unanswered items of open rounds, due on the round's closing date. */
async function* roundItems(ctx: RuleContext, scope: RuleScope) {
  const rounds = await ctx.db
    .selectFrom('confirmation_rounds')
    .select(['id', 'title', 'closes_on'])
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  for (const round of rounds) {
    // Windows of the items' own ids, so that what was told about them is read as one range.
    for await (const [from, to] of idWindows(ctx.db, 'confirmation_items', isPersonal(scope))) {
      const rows = await ctx.db
        .selectFrom('confirmation_items as i')
        .innerJoin('accounts as a', 'a.id', 'i.account_id')
        .select(['i.id', 'i.account_id', 'a.unit_id', 'a.display_name'])
        .where('i.round_id', '=', round.id)
        .where('i.id', '>=', from)
        .where('i.id', '<', to)
        .where('i.outcome', 'is', null)
        .where(isOpen)
        .where(accountInScope(scope))
        .orderBy('i.id')
        .execute();
      if (rows.length === 0) continue;
      yield await toAccountPeople(
        ctx.db,
        rows.map((r) => ({
          accountId: r.account_id,
          item: {
            rule: RULE,
            subjectType: 'round_item' as const,
            subjectId: r.id,
            unitId: r.unit_id,
            period: `round-${round.id}`,
            dueOn: round.closes_on,
            title: r.display_name,
            params: { round: round.title, closesOn: round.closes_on },
            urgent: false,
            href: `/confirm#item-${r.id}`,
          },
        })),
        scope,
      );
    }
  }
}

/** Open accounts outside an open round whose last confirmation is older than the setting. */
async function* staleAccounts(ctx: RuleContext, s: Settings, scope: RuleScope) {
  const cutoff = DateTime.fromISO(ctx.today).minus({ months: s.months }).toISODate() ?? ctx.today;
  // Never confirmed: counted from the day it was registered.
  const since = sql<string>`coalesce(a.confirmed_on, substr(a.created_at, 1, 10))`;
  for await (const [from, to] of idWindows(ctx.db, 'accounts', isPersonal(scope))) {
    const rows = await ctx.db
      .selectFrom('accounts as a')
      .select(['a.id', 'a.unit_id', 'a.display_name', since.as('since')])
      .where('a.id', '>=', from)
      .where('a.id', '<', to)
      .where(isOpen)
      .where(since, '<=', cutoff)
      .where(
        sql<boolean>`not exists (select 1 from confirmation_items ci
          inner join confirmation_rounds cr on cr.id = ci.round_id
          where ci.account_id = a.id and ci.outcome is null and cr.status = 'open')`,
      )
      .where(accountInScope(scope))
      .orderBy('a.id')
      .execute();
    if (rows.length === 0) continue;
    yield await toAccountPeople(
      ctx.db,
      rows.map((r) => ({
        accountId: r.id,
        item: {
          rule: RULE,
          subjectType: 'account' as const,
          subjectId: r.id,
          unitId: r.unit_id,
          period: `since-${r.since}`,
          dueOn: DateTime.fromISO(r.since).plus({ months: s.months }).toISODate() ?? ctx.today,
          title: r.display_name,
          params: { since: r.since, months: s.months },
          urgent: false,
          href: `/accounts/${r.id}#confirm`,
        },
      })),
      scope,
    );
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
