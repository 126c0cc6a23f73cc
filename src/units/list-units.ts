import { z } from 'zod';
import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { foldForSearch } from '../accounts/account.js';
import { listAllUnits } from './unit-queries.js';
import { treeOrder } from './unit-tree.js';
import type { Unit } from './unit.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Filters and page of the unit list; the same for the page and the API. */
export const listUnitsQuery = z.object({
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .describe('Part of the name'),
  inactive: z
    .preprocess(emptyToUndefined, z.enum(['include', 'exclude']).default('exclude'))
    .describe('Whether wound-up units are listed'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1000).default(200)),
});
export type ListUnitsQuery = z.infer<typeof listUnitsQuery>;

/** The units the actor may see, in tree order, filtered and paged. */
export async function listUnits(
  db: DbOrTx,
  actor: Actor,
  query: ListUnitsQuery,
): Promise<{ items: Unit[]; total: number; page: number; pageSize: number; all: Unit[] }> {
  const visible = (await listAllUnits(db)).filter((u) => can(actor, 'unit.read', u.path));
  const needle = query.q ? foldForSearch(query.q) : null;
  const matching = treeOrder(visible).filter(
    (u) =>
      (query.inactive === 'include' || u.active) &&
      (!needle || foldForSearch(u.name).includes(needle)),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    all: visible,
  };
}
