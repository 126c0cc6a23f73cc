import type { ExpressionBuilder } from 'kysely';
import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import type { HandoverReason } from './handover.js';
import type { ListHandoversQuery } from './schemas.js';
import { openTaskAccounts } from './task-accounts.js';

/** A task as the list shows it. */
export interface HandoverListItem {
  id: number;
  userId: number;
  userName: string;
  reason: HandoverReason;
  unitId: number;
  unitName: string;
  accountsLeft: number;
  createdAt: string;
  completedAt: string | null;
}

/** One page of tasks with the total under the same filters. */
export interface HandoverPage {
  items: HandoverListItem[];
  page: number;
  pageSize: number;
  total: number;
}

type Eb = ExpressionBuilder<Database & { t: Database['handover_tasks'] }, 't'>;

/** Tasks at units within the actor's handover scope, as a filter on `handover_tasks as t`. */
export function inHandoverScope(actor: Actor) {
  const scopes = scopePaths(actor, 'handover.manage');
  const paths = scopes.length > 0 ? scopes : ['/nothing/'];
  return (eb: Eb) =>
    eb(
      't.unit_id',
      'in',
      eb
        .selectFrom('units')
        .select('units.id')
        .where((e) => e.or(paths.map((p) => e('units.path', 'like', `${p}%`)))),
    );
}

/** Lists the tasks the actor may hand over: open ones oldest first, done ones latest first. */
export async function listHandovers(
  db: DbOrTx,
  actor: Actor,
  query: ListHandoversQuery,
): Promise<HandoverPage> {
  const scope = inHandoverScope(actor);
  const where = (eb: Eb) =>
    eb.and([
      scope(eb),
      eb('t.completed_at', query.status === 'open' ? 'is' : 'is not', null),
      ...(query.person ? [eb('t.user_id', '=', query.person)] : []),
    ]);
  const { n } = await db
    .selectFrom('handover_tasks as t')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  const open = query.status === 'open';
  const rows = await db
    .selectFrom('handover_tasks as t')
    .innerJoin('users as p', 'p.id', 't.user_id')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select([
      't.id',
      't.user_id',
      'p.name as user_name',
      't.reason',
      't.unit_id',
      'u.name as unit_name',
      't.created_at',
      't.completed_at',
    ])
    .where(where)
    .orderBy(open ? 't.created_at' : 't.completed_at', open ? 'asc' : 'desc')
    .orderBy('t.id', open ? 'asc' : 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { byTask } = open
    ? await openTaskAccounts(
        db,
        rows.map((r) => r.user_id),
      )
    : { byTask: new Map<number, unknown[]>() };
  return {
    items: rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      userName: r.user_name,
      reason: r.reason as HandoverReason,
      unitId: r.unit_id,
      unitName: r.unit_name,
      accountsLeft: byTask.get(r.id)?.length ?? 0,
      createdAt: r.created_at,
      completedAt: r.completed_at,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(n),
  };
}

/** The people with tasks in the actor's scope, for the list's filter, in Swedish order. */
export async function handoverPeople(db: DbOrTx, actor: Actor): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('handover_tasks as t')
    .innerJoin('users as p', 'p.id', 't.user_id')
    .select(['p.id', 'p.name', 'p.email', 'p.name_key'])
    .distinct()
    .where(inHandoverScope(actor))
    .orderBy('p.name_key')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => [String(r.id), `${r.name} (${r.email})`]);
}

/** How many accounts wait to be handed over in the actor's scope, and in how many tasks. */
export async function countAwaitingHandover(
  db: DbOrTx,
  actor: Actor,
): Promise<{ accounts: number; tasks: number }> {
  const open = await db
    .selectFrom('handover_tasks as t')
    .select(['t.id', 't.user_id'])
    .where(inHandoverScope(actor))
    .where('t.completed_at', 'is', null)
    .execute();
  if (open.length === 0) return { accounts: 0, tasks: 0 };
  const { byTask } = await openTaskAccounts(
    db,
    open.map((t) => t.user_id),
  );
  const counts = open.map((t) => byTask.get(t.id)?.length ?? 0);
  return { accounts: counts.reduce((a, b) => a + b, 0), tasks: counts.filter(Boolean).length };
}
