import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { riskLevel, riskScore, toPlan, type Plan, type RiskLevel } from './plan.js';
import { subtreeOf } from './plan-queries.js';
import type { ListPlansQuery } from './schemas.js';

type Eb = ExpressionBuilder<
  Database & { p: Database['ic_plans']; u: Database['units'] },
  'p' | 'u'
>;

/** A plan as the list shows it: with its unit's name and how many risks of each level it has. */
export interface PlanListItem extends Plan {
  unitName: string;
  riskCount: number;
  levels: Record<RiskLevel, number>;
}

/** One page of plans with the total under the same filters. */
export interface PlanPage {
  items: PlanListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/** Lists the plans of units the actor may read: newest year first, then by unit and title. */
export async function listPlans(
  db: DbOrTx,
  actor: Actor,
  query: ListPlansQuery,
): Promise<PlanPage> {
  const scopes = scopePaths(actor, 'audit.read');
  const unitPath = query.unit
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path ?? '/nothing/')
    : null;
  const under = (eb: Eb, paths: string[]) =>
    eb.or(paths.map((p) => eb('u.path', 'like', subtreeOf(p))));
  const where = (eb: Eb) => {
    const parts: Expression<SqlBool>[] = [under(eb, scopes.length > 0 ? scopes : ['/nothing/'])];
    if (unitPath) parts.push(under(eb, [unitPath]));
    if (query.year) parts.push(eb('p.year', '=', query.year));
    return eb.and(parts);
  };
  const base = db.selectFrom('ic_plans as p').innerJoin('units as u', 'u.id', 'p.unit_id');
  const count = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('p')
    .select('u.name as unit_name')
    .where(where)
    .orderBy('p.year', 'desc')
    .orderBy('u.name_key')
    .orderBy('p.title')
    .orderBy('p.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const risks =
    rows.length === 0
      ? []
      : await db
          .selectFrom('ic_risks')
          .select(['plan_id', 'likelihood', 'impact'])
          .where(
            'plan_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
  const items = rows.map(({ unit_name, ...row }): PlanListItem => {
    const levels: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, very_high: 0 };
    const own = risks.filter((r) => r.plan_id === row.id);
    for (const r of own) levels[riskLevel(riskScore(r.likelihood, r.impact))] += 1;
    return { ...toPlan(row), unitName: unit_name, riskCount: own.length, levels };
  });
  return { items, page: query.page, pageSize: query.pageSize, total: Number(count.n) };
}
