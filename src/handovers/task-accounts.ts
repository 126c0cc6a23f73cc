import type { DbOrTx } from '../platform/db/database.js';

/** One account that still points at a person who left or moved. */
export interface LeftRow {
  rowId: number;
  userId: number;
  accountId: number;
  displayName: string;
  handle: string;
  platform: string;
  unitId: number;
  unitPath: string;
  role: string;
  leftReason: string;
  leftOn: string | null;
}

/** The flagged accounts of some people, by the open task that covers each. */
export interface TaskAccounts {
  byTask: Map<number, LeftRow[]>;
  /** Flagged accounts no open task covers (an account moved away after the task was made). */
  uncovered: LeftRow[];
}

/**
 * Assigns each flagged account of the given people to their open task whose unit lies nearest
 * above the account's unit. Computed rather than stored, so that a handover, a return or a
 * second departure never leaves a list of accounts to keep in step.
 */
export async function openTaskAccounts(db: DbOrTx, userIds: number[]): Promise<TaskAccounts> {
  const result: TaskAccounts = { byTask: new Map(), uncovered: [] };
  const people = [...new Set(userIds)];
  if (people.length === 0) return result;
  const [rows, tasks] = await Promise.all([
    db
      .selectFrom('account_people as ap')
      .innerJoin('accounts as a', 'a.id', 'ap.account_id')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select([
        'ap.id as rowId',
        'ap.user_id as userId',
        'ap.account_id as accountId',
        'a.display_name as displayName',
        'a.handle',
        'a.platform',
        'a.unit_id as unitId',
        'u.path as unitPath',
        'ap.role',
        'ap.left_reason as leftReason',
        'ap.left_on as leftOn',
      ])
      .where('ap.user_id', 'in', people)
      .where('ap.left_reason', 'is not', null)
      .orderBy('a.name_key')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('handover_tasks as t')
      .innerJoin('units as u', 'u.id', 't.unit_id')
      .select(['t.id', 't.user_id', 'u.path'])
      .where('t.user_id', 'in', people)
      .where('t.completed_at', 'is', null)
      .orderBy('t.id')
      .execute(),
  ]);
  for (const task of tasks) result.byTask.set(task.id, []);
  for (const row of rows) {
    const left = { ...row, userId: row.userId!, leftReason: row.leftReason! };
    let best: { id: number; path: string } | null = null;
    for (const task of tasks) {
      if (task.user_id !== left.userId || !left.unitPath.startsWith(task.path)) continue;
      if (!best || task.path.length > best.path.length) best = task;
    }
    if (best) result.byTask.get(best.id)!.push(left);
    else result.uncovered.push(left);
  }
  return result;
}
