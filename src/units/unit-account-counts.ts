import { ACCOUNT_STATUSES, OPEN_STATUSES, type AccountStatus } from '../accounts/account.js';
import type { DbOrTx } from '../platform/db/database.js';
import { ancestorIds, type Unit } from './unit.js';

/** Open accounts per unit, each unit's total including every unit below it, in one query. */
export async function openAccountsWithBelow(
  db: DbOrTx,
  units: Unit[],
): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('accounts')
    .select(['unit_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('status', 'in', OPEN_STATUSES)
    .groupBy('unit_id')
    .execute();
  const direct = new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
  const totals = new Map<number, number>();
  for (const unit of units) {
    const n = direct.get(unit.id) ?? 0;
    if (n === 0) continue;
    for (const id of ancestorIds(unit.path)) totals.set(id, (totals.get(id) ?? 0) + n);
  }
  return totals;
}

/** How many accounts of each status a unit has, directly and including the units below. */
export async function unitAccountCounts(
  db: DbOrTx,
  unit: Unit,
): Promise<{ byStatus: Record<AccountStatus, number>; openHere: number; total: number }> {
  const rows = await db
    .selectFrom('accounts as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select([
      'a.status',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      (eb) =>
        eb.fn
          .sum<number | string | null>(
            eb.case().when('a.unit_id', '=', unit.id).then(1).else(0).end(),
          )
          .as('here'),
    ])
    .where('u.path', 'like', `${unit.path}%`)
    .groupBy('a.status')
    .execute();
  const byStatus = Object.fromEntries(ACCOUNT_STATUSES.map((s) => [s, 0])) as Record<
    AccountStatus,
    number
  >;
  let openHere = 0;
  for (const r of rows) {
    const status = r.status as AccountStatus;
    byStatus[status] = Number(r.n);
    if (OPEN_STATUSES.includes(status)) openHere += Number(r.here ?? 0);
  }
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  return { byStatus, openHere, total };
}
