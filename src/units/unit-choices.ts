import { treeOrder, unitLabel } from './unit-tree.js';
import type { Unit } from './unit.js';

const INDENT = '\u00a0\u00a0\u00a0';

/**
 * Select options for units in tree order; the indentation shows the tree to the eye and the
 * label (parent › unit) tells it to a screen reader, which does not read the spaces.
 */
export function unitChoices(all: Unit[], include: (u: Unit) => boolean): [string, string][] {
  const byId = new Map(all.map((u) => [u.id, u]));
  const chosen = treeOrder(all).filter(include);
  const top = Math.min(...chosen.map((u) => u.depth));
  return chosen.map((u) => [String(u.id), INDENT.repeat(u.depth - top) + unitLabel(u, byId)]);
}
