import type { Actor, Role } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import { isPostgres, type Db } from '../platform/db/database.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { readFollowUpPolicy } from './follow-up-policy.js';
import { identityOf } from './reminder-key.js';
import { ruleSettings } from './rule-settings.js';
import type { DueItem, RuleContext, RuleScope } from './rule.js';
import { FOLLOW_UP_RULES } from './rules/index.js';
import type { ListTasksQuery } from './schemas.js';
import { loadUnitContacts, type UnitContacts } from './unit-contacts.js';

/** A task: one due item, with everyone it is for (none: the unit manager, as nobody answers). */
export interface Task extends Omit<DueItem, 'userId'> {
  people: number[];
}

/** A page of tasks, with how many there are of each rule. */
export interface TaskPage {
  items: Task[];
  counts: Record<string, number>;
  total: number;
  page: number;
  pageSize: number;
}

/** The units (as paths) where the actor holds any of the roles, without those covered by another. */
export function pathsWithRole(actor: Actor, roles: readonly Role[]): string[] {
  const paths = actor.grants
    .filter((g) => roles.includes(g.role))
    .map((g) => g.unitPath)
    .sort((a, b) => a.length - b.length);
  return paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
}

/** Whether the actor has a second view of tasks: the units they manage or communicate for. */
export const hasUnitsView = (actor: Actor) =>
  pathsWithRole(actor, ['manager', 'communicator']).length > 0;

/**
 * What is due now, derived live from the rules (so a task is gone as soon as its condition is):
 * the actor's own items and, for a manager, those of their units that nobody answers for; or,
 * in the units view, every item in the units where they are manager or contact communicator.
 * Streamed through, keeping only the page asked for.
 */
export async function listTasks(
  db: Db,
  clock: Clock,
  actor: Actor,
  query: ListTasksQuery,
): Promise<TaskPage> {
  const policy = await readFollowUpPolicy(db);
  const ctx: RuleContext = {
    db,
    today: stockholmDate(clock.now()),
    now: clock.now().toISOString(),
    policy,
    postgres: isPostgres(db),
  };
  const page: TaskPage = { items: [], counts: {}, total: 0, ...query };
  const from = (query.page - 1) * query.pageSize;
  const keep = (task: Task) => {
    page.counts[task.rule] = (page.counts[task.rule] ?? 0) + 1;
    if (query.rule && task.rule !== query.rule) return;
    if (page.total >= from && page.items.length < query.pageSize) page.items.push(task);
    page.total++;
  };
  const managed = pathsWithRole(actor, ['manager']);
  const contacts = query.view === 'mine' && managed.length > 0 ? await loadUnitContacts(db) : null;
  for (const rule of FOLLOW_UP_RULES) {
    const settings = ruleSettings(rule, policy);
    if (!settings.enabled) continue;
    const scopes: RuleScope[] =
      query.view === 'units'
        ? [{ unitPaths: pathsWithRole(actor, ['manager', 'communicator']) }]
        : [{ userId: actor.userId }, ...(contacts ? [{ unitPaths: managed }] : [])];
    const seen = new Set<string>();
    for (const scope of scopes)
      for await (const items of rule.find(ctx, settings, scope))
        for (const task of tasksOf(items, actor, query.view, scope, contacts)) {
          const identity = identityOf(task);
          if (seen.has(identity)) continue;
          seen.add(identity);
          keep(task);
        }
  }
  return page;
}

// Items of one batch as tasks: one per subject and period, with the people they are for.
function tasksOf(
  items: readonly DueItem[],
  actor: Actor,
  view: ListTasksQuery['view'],
  scope: RuleScope,
  contacts: UnitContacts | null,
): Task[] {
  const tasks = new Map<string, Task>();
  for (const { userId, ...item } of items) {
    const mine =
      view === 'units' ||
      (scope.userId !== undefined
        ? userId === actor.userId
        : userId === null && !!contacts?.managersOf(item.unitId).includes(actor.userId));
    if (!mine) continue;
    const identity = identityOf(item);
    const task = tasks.get(identity) ?? { ...item, people: [] };
    if (userId !== null && !task.people.includes(userId)) task.people.push(userId);
    tasks.set(identity, task);
  }
  return [...tasks.values()];
}
