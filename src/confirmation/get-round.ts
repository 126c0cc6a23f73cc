import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { toRound, type RoundWithUnit } from './round.js';

/** A round with its unit and the report stored at closing (JSON text), or not found. */
export async function getRound(
  db: DbOrTx,
  id: number,
): Promise<RoundWithUnit & { reportJson: string | null }> {
  const row = await db
    .selectFrom('confirmation_rounds as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select(['u.name as unit_name', 'u.path as unit_path'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const { unit_name, unit_path, ...round } = row;
  return {
    ...toRound(round),
    unitName: unit_name,
    unitPath: unit_path,
    reportJson: round.report_json,
  };
}
