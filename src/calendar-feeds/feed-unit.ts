import { authorize, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';

/** The unit a new feed is to cover: active, and one whose accounts the actor may read. */
export async function feedUnit(
  db: DbOrTx,
  actor: Actor,
  unitId: number,
): Promise<{ id: number; name: string; path: string }> {
  const unit = await db
    .selectFrom('units')
    .select(['id', 'name', 'path', 'active'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit || !unit.active) throw fieldError('unitId', 'feeds.unit_unknown');
  authorize(actor, 'account.read', unit.path);
  return unit;
}
