import { PENDING_STATUSES } from '../../actions/action.js';
import type { DueItem, RuleContext, RuleScope } from '../rule.js';
import { unitCondition } from './account-scope.js';
import { idWindows } from './id-windows.js';

/** The rule's part of a pending action with a due date in a range. */
export interface ActionWindow {
  rule: string;
  /** Due dates from (inclusive) … */
  from: string | null;
  /** … to (inclusive). */
  to: string;
  state: string;
}

/**
 * Pending actions due within the range, addressed to their owner (active) or, without one, to
 * the unit manager. The period is the due date, so a new date is a new reminder.
 */
export async function* pendingActions(
  ctx: RuleContext,
  w: ActionWindow,
  scope: RuleScope,
): AsyncGenerator<DueItem[]> {
  for await (const [from, to] of idWindows(ctx.db, 'actions', scope.userId !== undefined)) {
    let query = ctx.db
      .selectFrom('actions as x')
      .leftJoin('users as o', (j) => j.onRef('o.id', '=', 'x.owner_user_id').on('o.active', '=', 1))
      .select(['x.id', 'x.title', 'x.unit_id', 'x.due_on', 'o.id as owner'])
      .where('x.id', '>=', from)
      .where('x.id', '<', to)
      .where('x.status', 'in', [...PENDING_STATUSES])
      .where('x.due_on', 'is not', null)
      .where('x.due_on', '<=', w.to);
    if (w.from) query = query.where('x.due_on', '>=', w.from);
    if (scope.userId !== undefined) query = query.where('x.owner_user_id', '=', scope.userId);
    if (scope.unitPaths) query = query.where(unitCondition(scope.unitPaths, 'x.unit_id'));
    const rows = await query.orderBy('x.id').execute();
    if (rows.length > 0) yield rows.map((r) => actionItem(w, r, scope));
  }
}

function actionItem(
  w: ActionWindow,
  r: { id: number; title: string; unit_id: number; due_on: string | null; owner: number | null },
  scope: RuleScope,
): DueItem {
  return {
    rule: w.rule,
    subjectType: 'action',
    subjectId: r.id,
    unitId: r.unit_id,
    userId: scope.userId ?? r.owner,
    period: r.due_on!,
    dueOn: r.due_on,
    title: r.title,
    params: { state: w.state, dueOn: r.due_on! },
    urgent: false,
    href: `/actions/${r.id}`,
  };
}
