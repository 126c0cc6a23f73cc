import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { fieldError, notFound } from '../platform/http/errors.js';
import { toPlan, toRisk, type LinkedAudit, type Plan, type Risk } from './plan.js';

// Unit paths hold only digits and slashes, so they need no escaping in a LIKE pattern.
/** The LIKE pattern of a unit and every unit below it. */
export const subtreeOf = (path: string) => `${path}%`;

/** A plan with the name and path of its unit (the path is what authorisation checks). */
export interface PlanWithUnit {
  plan: Plan;
  unitName: string;
  unitPath: string;
}

/** One plan with its unit's name and path, or not found. */
export async function getPlanWithUnit(db: DbOrTx, id: number): Promise<PlanWithUnit> {
  const row = await db
    .selectFrom('ic_plans as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.name as unit_name', 'u.path as unit_path'])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const { unit_name, unit_path, ...plan } = row;
  return { plan: toPlan(plan), unitName: unit_name, unitPath: unit_path };
}

/** The risks of a plan, in the order they were added. */
export async function listRisks(db: DbOrTx, planId: number): Promise<Risk[]> {
  const rows = await db
    .selectFrom('ic_risks')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute();
  return rows.map(toRisk);
}

/** One risk of a plan; not found when it belongs to another plan or none. */
export async function getRisk(db: DbOrTx, planId: number, riskId: number): Promise<Risk> {
  const row = await db
    .selectFrom('ic_risks')
    .selectAll()
    .where('id', '=', riskId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return toRisk(row);
}

/** The audits linked to each of the given risks, newest year first, then by title. */
export async function linkedAudits(
  db: DbOrTx,
  riskIds: number[],
): Promise<Map<number, LinkedAudit[]>> {
  const byRisk = new Map<number, LinkedAudit[]>();
  if (riskIds.length === 0) return byRisk;
  const rows = await db
    .selectFrom('audits')
    .select(['id', 'risk_id', 'title', 'kind', 'status', 'year'])
    .where('risk_id', 'in', riskIds)
    .orderBy('year', 'desc')
    .orderBy('title')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    if (r.risk_id === null) continue;
    const audit = {
      id: r.id,
      riskId: r.risk_id,
      title: r.title,
      kind: r.kind,
      status: r.status,
      year: r.year,
    };
    byRisk.set(r.risk_id, [...(byRisk.get(r.risk_id) ?? []), audit]);
  }
  return byRisk;
}

/** The path of the active unit a new plan is for; a field error otherwise. */
export async function unitForPlan(db: DbOrTx, unitId: number): Promise<string> {
  const unit = await db
    .selectFrom('units')
    .select(['path', 'active'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit || unit.active !== 1) throw fieldError('unitId', 'plans.unit_required');
  return unit.path;
}

/** Refuses a second plan for the same unit and year (the table allows one). */
export async function assertYearFree(
  db: DbOrTx,
  unitId: number,
  year: number,
  exceptPlanId?: number,
): Promise<void> {
  let query = db
    .selectFrom('ic_plans')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('year', '=', year);
  if (exceptPlanId !== undefined) query = query.where('id', '!=', exceptPlanId);
  if (await query.executeTakeFirst()) throw yearTaken(year);
}

/** The field error for a year that already has a plan for the unit. */
export const yearTaken = (year: number) => fieldError('year', 'plans.year_taken', { year });

/** The years that plans exist for in the units the actor may read, newest first. */
export async function planYears(db: DbOrTx, actor: Actor): Promise<number[]> {
  const scopes = scopePaths(actor, 'audit.read');
  if (scopes.length === 0) return [];
  const rows = await db
    .selectFrom('ic_plans as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select('p.year')
    .distinct()
    .where((eb) => eb.or(scopes.map((s) => eb('u.path', 'like', subtreeOf(s)))))
    .orderBy('p.year', 'desc')
    .execute();
  return rows.map((r) => r.year);
}
