import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../platform/db/database.js';
import type { ReportPeriod } from './report-period.js';

/** A group of accounts with the same unit, platform, status at the period's end and changes. */
export interface AccountGroup {
  unitId: number;
  platform: string;
  /** The status at the end of the period. */
  status: string;
  isNew: boolean;
  /** closed or gone when the account ended during the period. */
  ended: string | null;
  /** Its closure was blocked at the end of the period: the deletion could not be done. */
  blocked: boolean;
  n: number;
}

const ENDED = sql`('closed', 'gone')`;

// The day a status change took effect: its stated date, else the day it was recorded.
const effective = (alias: string) =>
  sql`coalesce(${sql.ref(`${alias}.effective_on`)}, substr(${sql.ref(`${alias}.changed_at`)}, 1, 10))`;

// One status change per account, the one `pick` (max or min id) finds among those `where` allows;
// one pass over the history each, rather than a lookup per account.
const statusChange = (
  pick: 'max' | 'min',
  where: RawBuilder<unknown>,
  value: RawBuilder<unknown>,
) =>
  sql`(select c.account_id, ${value} as value from account_history c
    inner join (select s.account_id, ${sql.raw(pick)}(s.id) as id from account_history s
      where s.field = 'status' and ${where} group by s.account_id) m on m.id = c.id)`;

// Accounts whose closure was blocked at the period's end: blocked by then, neither cancelled nor
// unblocked (its deletion done) before it ended. Closures are few: one pass, joined by account.
const blockedAtEnd = (to: string, endsAt: string) =>
  sql`(select distinct cl.account_id from closures cl
    where cl.blocked_since is not null and cl.blocked_since <= ${to}
      and (cl.cancelled_at is null or cl.cancelled_at >= ${endsAt})
      and not exists (select 1 from closure_steps cs where cs.closure_id = cl.id
        and cs.step = 'delete' and cs.state = 'done' and cs.done_at < ${endsAt}))`;

/**
 * Groups the accounts registered by the end of the period in the subtree at `unitPath`. The
 * status at the end is the one last recorded among the changes in effect by then (a change
 * recorded later with an earlier date, such as an account reported gone since before it was
 * registered, wins); an account registered before its first recorded status takes the status
 * that change left (open, when it ended later). A closing account whose closure was blocked
 * then is a group of its own.
 */
export async function countReportAccounts(
  db: DbOrTx,
  unitPath: string,
  period: ReportPeriod,
): Promise<AccountGroup[]> {
  const { from, to, startsAt, endsAt } = period;
  const atEnd = statusChange('max', sql`${effective('s')} <= ${to}`, sql`c.new_value`);
  const before = statusChange(
    'min',
    sql`${effective('s')} > ${to}`,
    sql`coalesce(c.old_value, case when c.new_value in ${ENDED} then 'active' else c.new_value end)`,
  );
  const ended = statusChange(
    'max',
    sql`s.new_value in ${ENDED} and (s.old_value is null or s.old_value not in ${ENDED})
      and ${effective('s')} >= ${from} and ${effective('s')} <= ${to}`,
    sql`c.new_value`,
  );
  const { rows } = await sql<{
    unit_id: number;
    platform: string;
    st: string;
    is_new: number | string;
    ended: string | null;
    blocked: number | string;
    n: number | string;
  }>`
    select x.unit_id, x.platform, x.st, x.is_new, x.ended, x.blocked, count(*) as n from (
      select a.unit_id, a.platform,
        coalesce(at_end.value, before_start.value, a.status) as st,
        case when a.created_at >= ${startsAt} then 1 else 0 end as is_new,
        ended.value as ended,
        case when bl.account_id is null then 0 else 1 end as blocked
      from accounts a
        inner join units u on u.id = a.unit_id
        left join ${atEnd} at_end on at_end.account_id = a.id
        left join ${before} before_start on before_start.account_id = a.id
        left join ${ended} ended on ended.account_id = a.id
        left join ${blockedAtEnd(to, endsAt)} bl on bl.account_id = a.id
      where u.path like ${`${unitPath}%`} and a.created_at < ${endsAt}
    ) x
    group by x.unit_id, x.platform, x.st, x.is_new, x.ended, x.blocked`.execute(db);
  return rows.map((r) => ({
    unitId: Number(r.unit_id),
    platform: r.platform,
    status: r.st,
    isNew: Number(r.is_new) === 1,
    ended: r.ended,
    blocked: Number(r.blocked) === 1,
    n: Number(r.n),
  }));
}
