import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { OPEN_STATUSES, toAccount, type Account } from '../accounts/account.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { getUnit } from '../units/unit-queries.js';
import type { Unit } from '../units/unit.js';
import {
  accountGaps,
  countGaps,
  gapCondition,
  gapRules,
  type GapFilter,
  type GapKind,
} from './account-gaps.js';
import type { AccountPerson } from './account-person.js';
import { listAccountPeople } from './list-account-people.js';
import { readPeoplePolicy } from './people-policy.js';
import type { UnitOverviewQuery } from './schemas.js';

/** One account of the overview with who answers for it and its gaps. */
export interface OverviewRow {
  account: Account;
  unitName: string;
  people: AccountPerson[];
  gaps: GapKind[];
}

/** One page of a unit's overview, the total under its filters, and each gap's count. */
export interface UnitOverview {
  unit: Unit;
  items: OverviewRow[];
  page: number;
  pageSize: number;
  total: number;
  /** Open accounts with each gap under the platform and status filters (not the gap filter). */
  gapCounts: Record<GapFilter, number>;
  minPeople: number;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);
const lit = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** The accounts of a unit and the units below it, with their people and gaps, filtered and paged. */
export async function listUnitOverview(
  db: DbOrTx,
  actor: Actor,
  unitId: number,
  query: UnitOverviewQuery,
  today: string,
): Promise<UnitOverview> {
  const unit = await getUnit(db, unitId);
  authorize(actor, 'account.read', unit.path);
  const policy = await readPeoplePolicy(db);
  const rules = gapRules(db, today, policy);
  const parts: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`a.unit_id in (select u.id from units u where u.path like ${`${escapeLike(unit.path)}%`} escape '\\')`,
  ];
  if (query.platform) parts.push(sql<SqlBool>`a.platform = ${query.platform}`);
  if (query.status === 'open') parts.push(sql<SqlBool>`a.status in (${lit(OPEN_STATUSES)})`);
  else if (query.status !== 'all') parts.push(sql<SqlBool>`a.status = ${query.status}`);
  const base = sql<SqlBool>`${sql.join(parts, sql` and `)}`;
  const where = query.gap ? sql<SqlBool>`${base} and ${gapCondition(query.gap, rules)}` : base;
  const [count, gapCounts, ids] = await Promise.all([
    db
      .selectFrom('accounts as a')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
    countGaps(db, base, rules),
    db
      .selectFrom('accounts as a')
      .select('a.id')
      .where(where)
      .orderBy('a.name_key')
      .orderBy('a.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  const items = await overviewRows(
    db,
    ids.map((r) => r.id),
    rules,
  );
  return {
    unit,
    items,
    page: query.page,
    pageSize: query.pageSize,
    total: Number(count.n),
    gapCounts,
    minPeople: policy.minPeople,
  };
}

async function overviewRows(
  db: DbOrTx,
  ids: number[],
  rules: ReturnType<typeof gapRules>,
): Promise<OverviewRow[]> {
  if (ids.length === 0) return [];
  const [rows, people, gaps] = await Promise.all([
    db
      .selectFrom('accounts as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .selectAll('a')
      .select('u.name as unit_name')
      .where('a.id', 'in', ids)
      .execute(),
    listAccountPeople(db, ids),
    accountGaps(db, ids, rules),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { unit_name, ...account } = row;
    return [
      {
        account: toAccount(account),
        unitName: unit_name,
        people: people.get(id) ?? [],
        gaps: gaps.get(id) ?? [],
      },
    ];
  });
}
