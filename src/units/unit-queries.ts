import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { toUnit, type Unit } from './unit.js';

/** Every unit, in no particular order; organisations have hundreds, not millions. */
export async function listAllUnits(db: DbOrTx): Promise<Unit[]> {
  const rows = await db.selectFrom('units').selectAll().execute();
  return rows.map(toUnit);
}

/** One unit, or a not-found error. */
export async function getUnit(db: DbOrTx, id: number): Promise<Unit> {
  const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toUnit(row);
}

/** The top unit of the organisation, if the organisation has been set up. */
export async function findRootUnit(db: DbOrTx): Promise<Unit | null> {
  const row = await db
    .selectFrom('units')
    .selectAll()
    .where('parent_id', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  return row ? toUnit(row) : null;
}

/** The people holding the manager and communicator roles at exactly this unit. */
export async function unitContacts(
  db: DbOrTx,
  unitIds: number[],
): Promise<Map<number, { manager: string[]; communicator: string[] }>> {
  const result = new Map<number, { manager: string[]; communicator: string[] }>();
  if (unitIds.length === 0) return result;
  const rows = await db
    .selectFrom('role_assignments as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.unit_id', 'r.role', 'u.name'])
    .where('r.unit_id', 'in', unitIds)
    .where('r.role', 'in', ['manager', 'communicator'])
    .where('u.active', '=', 1)
    .orderBy('u.name_key')
    .execute();
  for (const r of rows) {
    const entry = result.get(r.unit_id) ?? { manager: [], communicator: [] };
    entry[r.role as 'manager' | 'communicator'].push(r.name);
    result.set(r.unit_id, entry);
  }
  return result;
}
