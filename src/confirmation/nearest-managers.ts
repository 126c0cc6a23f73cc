import type { DbOrTx } from '../platform/db/database.js';
import { loadUnitContacts } from '../follow-up/unit-contacts.js';

/** A person to tell, with what the message needs. */
export interface Recipient {
  userId: number;
  name: string;
  email: string;
  locale: 'sv' | 'en';
}

/**
 * The managers who answer for each unit: those at the unit itself, or else at the nearest unit
 * above it that has any (active people only) — the same people the sweep escalates to.
 */
export async function nearestManagers(
  db: DbOrTx,
  unitIds: number[],
): Promise<Map<number, Recipient[]>> {
  const result = new Map<number, Recipient[]>();
  if (unitIds.length === 0) return result;
  const contacts = await loadUnitContacts(db);
  const idsByUnit = new Map(unitIds.map((id) => [id, contacts.nearestManagersOf(id)]));
  const everyone = [...new Set([...idsByUnit.values()].flat())];
  if (everyone.length === 0) return result;
  const people = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale'])
    .where('id', 'in', everyone)
    .orderBy('name_key')
    .execute();
  for (const [unitId, ids] of idsByUnit) {
    const managers = people
      .filter((p) => ids.includes(p.id))
      .map((p) => ({
        userId: p.id,
        name: p.name,
        email: p.email,
        locale: p.locale === 'en' ? ('en' as const) : ('sv' as const),
      }));
    if (managers.length > 0) result.set(unitId, managers);
  }
  return result;
}
