import { sql } from 'kysely';
import { z } from 'zod';
import { OPEN_STATUSES } from '../../accounts/account.js';
import type { DueItem, FollowUpRule, RuleContext, RuleScope } from '../rule.js';
import { toUnitManager } from '../scan/account-items.js';
import { unitCondition } from '../scan/account-scope.js';
import { monthOf } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({ enabled: z.boolean().default(true) });
const BATCH = 1000;

/**
 * A person who answered for accounts has left or moved: the unit manager hands the accounts
 * over, through the open handover task (one item per task, however many accounts). An account
 * whose owner was deactivated without a handover task is an item of its own, told monthly.
 * Urgent when the person left the organisation.
 */
export const departedOwnerRule: FollowUpRule<typeof settings> = {
  key: 'departed_owner',
  settings,
  async *find(ctx, _s, scope) {
    if (scope.userId !== undefined) return;
    yield* openTasks(ctx, scope);
    yield* ownersWithoutTask(ctx, scope);
  },
};

async function* openTasks(ctx: RuleContext, scope: RuleScope): AsyncGenerator<DueItem[]> {
  for await (const [from, to] of idWindows(ctx.db, 'handover_tasks')) {
    let query = ctx.db
      .selectFrom('handover_tasks as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select(['t.id', 't.unit_id', 't.reason', 't.created_at', 'u.name'])
      .where('t.id', '>=', from)
      .where('t.id', '<', to)
      .where('t.completed_at', 'is', null);
    if (scope.unitPaths) query = query.where(unitCondition(scope.unitPaths, 't.unit_id'));
    const rows = await query.orderBy('t.id').execute();
    if (rows.length === 0) continue;
    yield toUnitManager(
      rows.map((r) => ({
        rule: 'departed_owner',
        subjectType: 'handover',
        subjectId: r.id,
        unitId: r.unit_id,
        period: r.created_at.slice(0, 10),
        dueOn: r.created_at.slice(0, 10),
        title: r.name,
        params: { state: r.reason === 'departed' ? 'departed' : 'moved' },
        urgent: r.reason === 'departed',
        href: `/handovers/${r.id}`,
      })),
      scope,
    );
  }
}

// Owners deactivated without a handover task (flagged accounts always come with one).
async function* ownersWithoutTask(ctx: RuleContext, scope: RuleScope): AsyncGenerator<DueItem[]> {
  const gone = await ctx.db
    .selectFrom('users as u')
    .select(['u.id', 'u.name'])
    .where('u.active', '=', 0)
    .where(
      sql<boolean>`not exists (select 1 from handover_tasks t
        where t.user_id = u.id and t.completed_at is null)`,
    )
    .execute();
  for (const person of gone) {
    let after = 0;
    for (;;) {
      let query = ctx.db
        .selectFrom('account_people as p')
        .innerJoin('accounts as a', 'a.id', 'p.account_id')
        .select(['p.id as row', 'a.id', 'a.unit_id', 'a.display_name'])
        .where('p.user_id', '=', person.id)
        .where('p.role', '=', 'owner')
        .where('p.id', '>', after)
        .where('a.status', 'in', [...OPEN_STATUSES]);
      if (scope.unitPaths) query = query.where(unitCondition(scope.unitPaths, 'a.unit_id'));
      const rows = await query.orderBy('p.id').limit(BATCH).execute();
      if (rows.length === 0) break;
      after = rows.at(-1)!.row;
      yield toUnitManager(
        rows.map((r) => ({
          rule: 'departed_owner',
          subjectType: 'account',
          subjectId: r.id,
          unitId: r.unit_id,
          period: monthOf(ctx.today),
          dueOn: null,
          title: r.display_name,
          params: { state: 'account', person: person.name },
          urgent: true,
          href: `/accounts/${r.id}/people`,
        })),
        scope,
      );
      if (rows.length < BATCH) break;
    }
  }
}
