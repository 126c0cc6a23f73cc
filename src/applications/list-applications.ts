import { sql, type ExpressionBuilder } from 'kysely';
import { foldForSearch } from '../accounts/account.js';
import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { forbidden } from '../platform/http/errors.js';
import {
  APPLICATION_STATUSES,
  toApplication,
  type Application,
  type ApplicationStatus,
} from './application.js';
import { waitingForActor } from './reviewers.js';
import type { ListApplicationsQuery } from './schemas.js';

/** An application as the lists show it. */
export type ApplicationListItem = Application & { unitName: string; applicantName: string };

/** One page of applications, the total under the same filters and the count of each status. */
export interface ApplicationPage {
  items: ApplicationListItem[];
  total: number;
  page: number;
  pageSize: number;
  /** Per status within the view and the other filters, whatever the status filter. */
  counts: Record<ApplicationStatus, number>;
}

type Eb = ExpressionBuilder<Database & { a: Database['applications'] }, 'a'>;
const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);

/** The applications of one view: mine (applied for or proposed in), waiting for me, or all I may read. */
function inView(actor: Actor, view: ListApplicationsQuery['view']) {
  if (view === 'waiting') return waitingForActor(actor);
  if (view === 'mine')
    return (eb: Eb) =>
      eb.or([
        eb('a.applicant_user_id', '=', actor.userId),
        eb(
          'a.id',
          'in',
          eb
            .selectFrom('application_people')
            .select('application_id')
            .where('user_id', '=', actor.userId),
        ),
      ]);
  const paths = scopePaths(actor, 'application.read');
  if (paths.length === 0) throw forbidden();
  return (eb: Eb) =>
    eb.and([
      // Someone else's draft is their own work until they send it.
      eb.or([eb('a.status', '<>', 'draft'), eb('a.applicant_user_id', '=', actor.userId)]),
      eb(
        'a.unit_id',
        'in',
        eb
          .selectFrom('units')
          .select('units.id')
          .where((e) => e.or(paths.map((p) => e('units.path', 'like', `${escapeLike(p)}%`)))),
      ),
    ]);
}

/** Lists one view of applications, filtered and paged: waiting ones oldest first, others newest first. */
export async function listApplications(
  db: DbOrTx,
  actor: Actor,
  query: ListApplicationsQuery,
): Promise<ApplicationPage> {
  const view = inView(actor, query.view);
  const unitPath = query.unit
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path ?? null)
    : null;
  const folded = query.q ? foldForSearch(query.q) : null;
  const filtered = (eb: Eb) =>
    eb.and([
      view(eb),
      ...(query.type ? [eb('a.type', '=', query.type)] : []),
      ...(query.unit
        ? [
            unitPath === null
              ? eb('a.id', '<', 0)
              : eb(
                  'a.unit_id',
                  'in',
                  eb
                    .selectFrom('units')
                    .select('units.id')
                    .where('units.path', 'like', `${escapeLike(unitPath)}%`),
                ),
          ]
        : []),
      ...(folded
        ? [sql<boolean>`a.search_text like ${`%${escapeLike(folded)}%`} escape '\\'`]
        : []),
    ]);
  const countRows = await db
    .selectFrom('applications as a')
    .select(['a.status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where(filtered)
    .groupBy('a.status')
    .execute();
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<
    ApplicationStatus,
    number
  >;
  for (const r of countRows) counts[r.status as ApplicationStatus] = Number(r.n);
  const total = query.status
    ? counts[query.status]
    : Object.values(counts).reduce((a, b) => a + b, 0);

  let rows = db
    .selectFrom('applications as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .innerJoin('users as p', 'p.id', 'a.applicant_user_id')
    .selectAll('a')
    .select(['u.name as unit_name', 'p.name as applicant_name'])
    .where(filtered)
    .$if(!!query.status, (q) => q.where('a.status', '=', query.status!));
  rows =
    query.view === 'waiting'
      ? rows.orderBy('a.step_started_at').orderBy('a.id')
      : rows.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc');
  const found = await rows
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: found.map(({ unit_name, applicant_name, ...row }) => ({
      ...toApplication(row),
      unitName: unit_name,
      applicantName: applicant_name,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
