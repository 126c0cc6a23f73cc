import { unitChoices } from '../units/unit-choices.js';
import { listAllUnits } from '../units/unit-queries.js';
import type { DbOrTx } from '../platform/db/database.js';

/** Active users as select options, in Swedish alphabetical order, with the e-mail to tell namesakes apart. */
export async function activeUserChoices(db: DbOrTx): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('active', '=', 1)
    .orderBy('name_key')
    .orderBy('id')
    .execute();
  return rows.map((r) => [String(r.id), `${r.name} (${r.email})`]);
}

/** Active units as choices of where a person works, and the unit they are at now. */
export async function homeUnitChoices(
  db: DbOrTx,
  current: number | null,
): Promise<[string, string][]> {
  return unitChoices(await listAllUnits(db), (u) => u.active || u.id === current);
}
