import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { subtreeOf } from './plan-queries.js';

/**
 * The risks an audit may be linked to: those of plans in units where the actor may manage
 * audits, labelled "2026 · Kommunstyrelsen · Risken att …", newest year first, then in Swedish
 * order of unit and risk.
 */
export async function riskChoices(
  db: DbOrTx,
  actor: Actor,
): Promise<{ value: string; label: string }[]> {
  const scopes = scopePaths(actor, 'audit.manage');
  if (scopes.length === 0) return [];
  const rows = await db
    .selectFrom('ic_risks as r')
    .innerJoin('ic_plans as p', 'p.id', 'r.plan_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['r.id', 'r.title', 'p.year', 'u.name as unit_name'])
    .where((eb) => eb.or(scopes.map((s) => eb('u.path', 'like', subtreeOf(s)))))
    .execute();
  const collator = new Intl.Collator('sv');
  return rows
    .sort(
      (a, b) =>
        b.year - a.year ||
        collator.compare(a.unit_name, b.unit_name) ||
        collator.compare(a.title, b.title) ||
        a.id - b.id,
    )
    .map((r) => ({ value: String(r.id), label: `${r.year} · ${r.unit_name} · ${r.title}` }));
}
