import type { DbOrTx } from '../platform/db/database.js';
import { ancestorIds } from '../units/unit.js';

/**
 * The unit whose manager answers for each account unit path: the nearest unit at or above it
 * with an active manager other than the person leaving, else the top of the organisation.
 */
export async function responsibleUnits(
  db: DbOrTx,
  leavingUserId: number,
  unitPaths: string[],
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  const ids = [...new Set(unitPaths.flatMap(ancestorIds))];
  if (ids.length === 0) return result;
  const managed = await db
    .selectFrom('role_assignments as r')
    .innerJoin('users as p', 'p.id', 'r.user_id')
    .select('r.unit_id')
    .distinct()
    .where('r.role', '=', 'manager')
    .where('r.unit_id', 'in', ids)
    .where('p.active', '=', 1)
    .where('r.user_id', '!=', leavingUserId)
    .execute();
  const withManager = new Set(managed.map((m) => m.unit_id));
  for (const path of unitPaths) {
    const chain = ancestorIds(path);
    const nearest = [...chain].reverse().find((id) => withManager.has(id));
    result.set(path, nearest ?? chain[0]!);
  }
  return result;
}
