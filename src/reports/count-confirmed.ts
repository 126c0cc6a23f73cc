import { sql } from 'kysely';
import type { DbOrTx } from '../platform/db/database.js';
import type { ReportPeriod } from './report-period.js';

/**
 * Accounts confirmed during the period, by unit and platform: by the date on the account, by
 * its history, or by an answer in a round.
 */
export async function countConfirmed(
  db: DbOrTx,
  unitPath: string,
  period: ReportPeriod,
): Promise<{ unitId: number; platform: string; n: number }[]> {
  const { from, to, startsAt, endsAt } = period;
  // Each source on its own, so that each can use its index; the union removes doubles.
  const { rows } = await sql<{ unit_id: number; platform: string; n: number | string }>`
    select a.unit_id, a.platform, count(*) as n
    from accounts a inner join units u on u.id = a.unit_id
    where u.path like ${`${unitPath}%`} and a.created_at < ${endsAt}
      and a.id in (
        select c.id from accounts c where c.confirmed_on >= ${from} and c.confirmed_on <= ${to}
        union
        select h.account_id from account_history h
          where h.field = 'confirmedOn' and h.new_value >= ${from} and h.new_value <= ${to}
        union
        select ci.account_id from confirmation_items ci
          where ci.outcome in ('confirmed', 'corrected')
            and ci.answered_at >= ${startsAt} and ci.answered_at < ${endsAt})
    group by a.unit_id, a.platform`.execute(db);
  return rows.map((r) => ({ unitId: Number(r.unit_id), platform: r.platform, n: Number(r.n) }));
}
