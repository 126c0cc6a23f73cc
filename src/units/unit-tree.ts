import { swedishSortKey } from '../platform/i18n/sort-key.js';
import type { Unit } from './unit.js';

/** Units in tree order: each parent followed by its children, siblings in Swedish order. */
export function treeOrder(units: Unit[]): Unit[] {
  const children = new Map<number | null, Unit[]>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const key = new Map(units.map((u) => [u.id, swedishSortKey(u.name)]));
  const ids = new Set(units.map((u) => u.id));
  const out: Unit[] = [];
  const visit = (u: Unit) => {
    out.push(u);
    const kids = (children.get(u.id) ?? []).sort((a, b) =>
      (key.get(a.id) ?? '') < (key.get(b.id) ?? '') ? -1 : 1,
    );
    kids.forEach(visit);
  };
  // Roots of this set: units whose parent is not in it (the whole tree, or a visible part).
  units
    .filter((u) => u.parentId === null || !ids.has(u.parentId))
    .sort((a, b) => a.path.length - b.path.length || a.id - b.id)
    .forEach(visit);
  return out;
}

/** A unit's name with the names above it, e.g. "Förskoleförvaltningen › Förskolan Ängen". */
export function unitLabel(unit: Unit, byId: Map<number, Unit>, levels = 2): string {
  const names: string[] = [unit.name];
  let parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
  while (parent && names.length < levels && parent.parentId !== null) {
    names.unshift(parent.name);
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return names.join(' › ');
}
