import type { DbOrTx } from '../platform/db/database.js';
import type { Translate } from '../platform/i18n/translate.js';
import { treeOrder } from '../units/unit-tree.js';
import type { Unit } from '../units/unit.js';

/** The platforms: names of all (old accounts may be on one taken out of use), choices of the active. */
export interface PlatformChoices {
  /** Every platform, also those taken out of use: the register can still be filtered by them. */
  names: Map<string, string>;
  /** The platforms a new account may be registered on. */
  active: [string, string][];
}

/** Reads the platform list once per page; it has tens of rows, not thousands. */
export async function platformChoices(db: DbOrTx): Promise<PlatformChoices> {
  const rows = await db
    .selectFrom('platforms')
    .select(['key', 'name', 'active'])
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
  return {
    names: new Map(rows.map((r) => [r.key, r.name])),
    active: rows.filter((r) => r.active === 1).map((r) => [r.key, r.name]),
  };
}

// Options cannot be styled, so depth is shown with non-breaking spaces.
const INDENT = '\u00a0\u00a0\u00a0';

/** [id, label] pairs of the given units in tree order, each indented by its depth below the top one. */
export function unitOptions(units: Unit[], t: Translate): [string, string][] {
  const ordered = treeOrder(units);
  const top = Math.min(...ordered.map((u) => u.depth));
  return ordered.map((u) => [
    String(u.id),
    INDENT.repeat(u.depth - top) +
      (u.active ? u.name : t('accounts.unit_wound_up', { name: u.name })),
  ]);
}
