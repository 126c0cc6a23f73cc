import type { DbOrTx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';

/** The home unit chosen on the form: it must exist and be active, unless the person is already there. */
export async function checkHomeUnit(
  db: DbOrTx,
  unitId: number | null,
  current: number | null = null,
): Promise<{ id: number; path: string; name: string } | null> {
  if (unitId === null) return null;
  const unit = await db
    .selectFrom('units')
    .select(['id', 'path', 'name', 'active'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit || (unit.active !== 1 && unit.id !== current))
    throw fieldError('homeUnitId', 'users.home_unit_invalid');
  return { id: unit.id, path: unit.path, name: unit.name };
}
