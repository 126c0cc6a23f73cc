import { sql } from 'kysely';
import type { DbOrTx } from '../platform/db/database.js';

/** An open round that already covers some of the same units. */
export interface OverlappingRound {
  id: number;
  title: string;
  unitName: string;
  closesOn: string;
}

/** The open round whose units overlap the subtree at this path, if any. */
export async function findOverlappingRound(
  db: DbOrTx,
  unitPath: string,
): Promise<OverlappingRound | null> {
  const row = await db
    .selectFrom('confirmation_rounds as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.id', 'r.title', 'r.closes_on', 'u.name'])
    .where('r.status', '=', 'open')
    .where((eb) =>
      eb.or([
        eb('u.path', 'like', `${unitPath}%`),
        eb(sql.val(unitPath), 'like', sql<string>`u.path || '%'`),
      ]),
    )
    .orderBy('r.id')
    .executeTakeFirst();
  return row ? { id: row.id, title: row.title, unitName: row.name, closesOn: row.closes_on } : null;
}
