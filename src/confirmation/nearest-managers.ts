import type { DbOrTx } from '../platform/db/database.js';
import { ancestorIds } from '../units/unit.js';

/** A person to tell, with what the message needs. */
export interface Recipient {
  userId: number;
  name: string;
  email: string;
  locale: 'sv' | 'en';
}

/**
 * The managers who answer for each unit: those at the unit itself, or else at the nearest unit
 * above it that has any (active people only).
 */
export async function nearestManagers(
  db: DbOrTx,
  unitIds: number[],
): Promise<Map<number, Recipient[]>> {
  const result = new Map<number, Recipient[]>();
  if (unitIds.length === 0) return result;
  const units = await db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('id', 'in', unitIds)
    .execute();
  const rows = await db
    .selectFrom('role_assignments as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.unit_id', 'u.id', 'u.name', 'u.email', 'u.locale'])
    .where('r.role', '=', 'manager')
    .where('u.active', '=', 1)
    .orderBy('u.name_key')
    .execute();
  const byUnit = new Map<number, Recipient[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unit_id) ?? [];
    list.push({
      userId: r.id,
      name: r.name,
      email: r.email,
      locale: r.locale === 'en' ? 'en' : 'sv',
    });
    byUnit.set(r.unit_id, list);
  }
  for (const unit of units) {
    const nearest = ancestorIds(unit.path)
      .reverse()
      .map((id) => byUnit.get(id))
      .find((list) => list && list.length > 0);
    if (nearest) result.set(unit.id, nearest);
  }
  return result;
}
