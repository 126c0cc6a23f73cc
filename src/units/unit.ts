import type { UnitRow } from '../platform/db/schema.js';

export const UNIT_KINDS = ['municipality', 'committee', 'administration', 'unit'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A part of the organisation tree (kommun → nämnd → förvaltning → enhet, any depth). */
export interface Unit {
  id: number;
  parentId: number | null;
  name: string;
  kind: UnitKind;
  path: string;
  depth: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Maps a database row to the domain type. */
export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    kind: row.kind as UnitKind,
    path: row.path,
    depth: row.depth,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The ids on the way from the top of the tree down to this unit, itself included. */
export function ancestorIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/** The path of a unit's parent (`/1/5/12/` → `/1/5/`). */
export function parentPath(path: string): string {
  return path.replace(/[^/]+\/$/, '');
}
