import { sql } from 'kysely';
import type { DbOrTx } from '../platform/db/database.js';
import type { ReportPeriod } from './report-period.js';
import type { FieldChanges } from './yearly-report.js';

/**
 * Changes recorded during the period, by field, in the subtree at `unitPath`. What was written
 * when an account was registered (the rows up to its first status, written together) is not a
 * change, and a confirmation changes nothing in the record.
 */
export async function countFieldChanges(
  db: DbOrTx,
  unitPath: string,
  period: ReportPeriod,
): Promise<FieldChanges[]> {
  const { rows } = await sql<{
    field: string;
    changes: number | string;
    accounts: number | string;
  }>`
    select h.field, count(*) as changes, count(distinct h.account_id) as accounts
    from account_history h
      inner join accounts a on a.id = h.account_id
      inner join units u on u.id = a.unit_id
    where u.path like ${`${unitPath}%`}
      and h.changed_at >= ${period.startsAt} and h.changed_at < ${period.endsAt}
      and h.field <> 'confirmedOn'
      and h.id > coalesce((select min(r.id) from account_history r
        where r.account_id = h.account_id and r.field = 'status' and r.old_value is null), 0)
    group by h.field
    order by count(*) desc, h.field`.execute(db);
  return rows.map((r) => ({
    field: r.field,
    changes: Number(r.changes),
    accounts: Number(r.accounts),
  }));
}
