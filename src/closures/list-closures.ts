import type { ExpressionBuilder } from 'kysely';
import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import type { ClosureReason, ClosureStatus } from './closure.js';
import type { ListClosuresQuery } from './schemas.js';

/** A closure as the list shows it. */
export interface ClosureListItem {
  id: number;
  accountId: number;
  displayName: string;
  platform: string;
  handle: string;
  unitId: number;
  unitName: string;
  reason: ClosureReason;
  status: ClosureStatus;
  startedAt: string;
  startedBy: { id: number; name: string } | null;
  /** Steps done or skipped, of all steps. */
  settled: number;
  steps: number;
  nextAttemptOn: string | null;
  platformCaseReference: string;
  endedAt: string | null;
}

/** One page of closures with the total under the same filters. */
export interface ClosurePage {
  items: ClosureListItem[];
  page: number;
  pageSize: number;
  total: number;
}

type Eb = ExpressionBuilder<
  Database & { c: Database['closures']; a: Database['accounts']; u: Database['units'] },
  'c' | 'a' | 'u'
>;

/** Lists the closures of accounts the actor may read, newest first, filtered and paged. */
export async function listClosures(
  db: DbOrTx,
  actor: Actor,
  query: ListClosuresQuery,
): Promise<ClosurePage> {
  const scopes = scopePaths(actor, 'account.read');
  const paths = scopes.length > 0 ? scopes : ['/nothing/'];
  const unitPath = query.unit
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path ?? '/nothing/')
    : null;
  const where = (eb: Eb) =>
    eb.and([
      eb.or(paths.map((p) => eb('u.path', 'like', `${p}%`))),
      ...(unitPath ? [eb('u.path', 'like', `${unitPath}%`)] : []),
      ...(query.status === 'under_way'
        ? [eb('c.status', 'in', ['open', 'blocked'])]
        : query.status === 'all'
          ? []
          : [eb('c.status', '=', query.status)]),
      ...(query.reason ? [eb('c.reason', '=', query.reason)] : []),
    ]);
  const base = db
    .selectFrom('closures as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .where(where);
  const { n } = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('users as s', 's.id', 'c.started_by')
    .select([
      'c.id',
      'c.account_id',
      'a.display_name',
      'a.platform',
      'a.handle',
      'a.unit_id',
      'u.name as unit_name',
      'c.reason',
      'c.status',
      'c.started_at',
      'c.started_by',
      's.name as starter_name',
      'c.next_attempt_on',
      'c.platform_case_reference',
      'c.finished_at',
      'c.cancelled_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('closure_steps as st')
        .select((e) => e.fn.countAll<number | string>().as('k'))
        .whereRef('st.closure_id', '=', 'c.id')
        .where('st.state', '<>', 'todo')
        .as('settled'),
      eb
        .selectFrom('closure_steps as st')
        .select((e) => e.fn.countAll<number | string>().as('k'))
        .whereRef('st.closure_id', '=', 'c.id')
        .as('steps'),
    ])
    .orderBy('c.started_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      displayName: r.display_name,
      platform: r.platform,
      handle: r.handle,
      unitId: r.unit_id,
      unitName: r.unit_name,
      reason: r.reason as ClosureReason,
      status: r.status as ClosureStatus,
      startedAt: r.started_at,
      startedBy: r.started_by !== null ? { id: r.started_by, name: r.starter_name ?? '' } : null,
      settled: Number(r.settled ?? 0),
      steps: Number(r.steps ?? 0),
      nextAttemptOn: r.next_attempt_on,
      platformCaseReference: r.platform_case_reference,
      endedAt: r.finished_at ?? r.cancelled_at,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(n),
  };
}
