import { sql, type SqlBool } from 'kysely';
import { addressItems, type Unaddressed } from '../follow-up/scan/account-items.js';
import { unitCondition } from '../follow-up/scan/account-scope.js';
import { responsiblePeople } from '../follow-up/scan/responsible-people.js';
import type { DueItem, RuleContext, RuleScope } from '../follow-up/rule.js';

const BATCH = 500;

/** A closure as the follow-up rules read it. */
export interface ClosureItemRow {
  id: number;
  account_id: number;
  unit_id: number;
  display_name: string;
  started_by: number | null;
  started_at: string;
  next_attempt_on: string | null;
  platform_case_reference: string;
}

/**
 * Streams the closures in a status, a batch at a time, as items addressed to the account's owner
 * and deputies and to whoever started the closure; `build` says what each item is, or null when
 * it is not due.
 */
export async function* closureItems(
  ctx: RuleContext,
  scope: RuleScope,
  status: 'open' | 'blocked',
  build: (row: ClosureItemRow) => Unaddressed | null,
): AsyncGenerator<DueItem[]> {
  let after = 0;
  for (;;) {
    let query = ctx.db
      .selectFrom('closures as c')
      .innerJoin('accounts as a', 'a.id', 'c.account_id')
      .select(['c.id', 'c.account_id', 'a.unit_id', 'a.display_name', 'c.started_by'])
      .select(['c.started_at', 'c.next_attempt_on', 'c.platform_case_reference'])
      .where('c.status', '=', status)
      .where('c.id', '>', after);
    if (scope.unitPaths !== undefined)
      query = query.where(unitCondition(scope.unitPaths, 'a.unit_id'));
    if (scope.userId !== undefined)
      query = query.where(sql<SqlBool>`(c.started_by = ${scope.userId} or a.id in (
        select p.account_id from account_people p where p.user_id = ${scope.userId}
        and p.role in ('owner', 'deputy') and p.left_reason is null))`);
    const rows = await query.orderBy('c.id').limit(BATCH).execute();
    if (rows.length === 0) return;
    after = rows.at(-1)!.id;
    const due = rows.flatMap((row) => {
      const item = build(row);
      return item ? [{ row, item }] : [];
    });
    if (due.length > 0) yield await address(ctx, due, scope);
    if (rows.length < BATCH) return;
  }
}

async function address(
  ctx: RuleContext,
  due: { row: ClosureItemRow; item: Unaddressed }[],
  scope: RuleScope,
): Promise<DueItem[]> {
  const people = await responsiblePeople(
    ctx.db,
    due.map((d) => d.row.account_id),
  );
  const starterIds = [...new Set(due.flatMap((d) => d.row.started_by ?? []))];
  const active = new Set(
    starterIds.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom('users')
            .select('id')
            .where('id', 'in', starterIds)
            .where('active', '=', 1)
            .execute()
        ).map((u) => u.id),
  );
  return addressItems(
    due.map(({ row, item }) => {
      const list = [...(people.get(row.account_id) ?? [])];
      if (row.started_by !== null && active.has(row.started_by) && !list.includes(row.started_by))
        list.push(row.started_by);
      return { item, people: list };
    }),
    scope,
  );
}
