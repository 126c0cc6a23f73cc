import { ancestorIds } from '../units/unit.js';
import type { DbOrTx } from '../platform/db/database.js';

/** Who is told about a unit's items beyond the people themselves. */
export interface UnitContacts {
  /** The managers of the nearest unit at or above with an active one; else its administrators. */
  managersOf(unitId: number | null): readonly number[];
  /** The managers of the nearest unit at or above with an active one; none when no unit has one. */
  nearestManagersOf(unitId: number | null): readonly number[];
  /** The contact communicators of the nearest unit at or above with an active one. */
  communicatorsOf(unitId: number | null): readonly number[];
  /** The path of a unit, or null when unknown. */
  pathOf(unitId: number): string | null;
}

type Role = 'manager' | 'communicator' | 'admin';

/**
 * Loads the organisation tree and its managers, communicators and administrators once, for a
 * whole sweep: it grows with units and roles, not with accounts.
 */
export async function loadUnitContacts(db: DbOrTx): Promise<UnitContacts> {
  const [units, roles] = await Promise.all([
    db.selectFrom('units').select(['id', 'path', 'parent_id']).execute(),
    db
      .selectFrom('role_assignments as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.unit_id', 'r.user_id', 'r.role'])
      .where('r.role', 'in', ['manager', 'communicator', 'admin'])
      .where('u.active', '=', 1)
      .orderBy('r.user_id')
      .execute(),
  ]);
  const paths = new Map(units.map((u) => [u.id, u.path]));
  const root = units.find((u) => u.parent_id === null)?.id ?? null;
  const held = new Map<string, number[]>();
  for (const r of roles) {
    const key = `${r.role}:${r.unit_id}`;
    held.set(key, [...(held.get(key) ?? []), r.user_id]);
  }
  const nearest = (role: Role, unitId: number | null): number[] => {
    const path = paths.get(unitId ?? root ?? -1);
    if (!path) return [];
    for (const id of ancestorIds(path).reverse()) {
      const found = held.get(`${role}:${id}`);
      if (found?.length) return found;
    }
    return [];
  };
  const memo = new Map<string, readonly number[]>();
  const cached = (key: string, compute: () => number[]) => {
    let value = memo.get(key);
    if (!value) memo.set(key, (value = compute()));
    return value;
  };
  return {
    managersOf: (unitId) =>
      cached(`m:${unitId}`, () => {
        const managers = nearest('manager', unitId);
        return managers.length > 0 ? managers : nearest('admin', unitId);
      }),
    nearestManagersOf: (unitId) => cached(`n:${unitId}`, () => nearest('manager', unitId)),
    communicatorsOf: (unitId) => cached(`c:${unitId}`, () => nearest('communicator', unitId)),
    pathOf: (unitId) => paths.get(unitId) ?? null,
  };
}
