import { z } from 'zod';
import type { AccountStatus } from '../accounts/account.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { AuditWithPath } from './audit-queries.js';
import { checkOutcome, type Answers, type CheckOutcome } from './checklist-answers.js';
import { answersOf, checkedAccountIds, deviatingAccountIds } from './spot-check-queries.js';

export const SHOWN = ['all', 'unchecked', 'checked', 'deviation'] as const;
export type Shown = (typeof SHOWN)[number];
export const SAMPLE_PAGE_SIZES = [25, 50, 100, 200];

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Which sampled accounts the audit page lists, and which page of them. */
export const sampledQuery = z.object({
  shown: z.preprocess(emptyToUndefined, z.enum(SHOWN).default('all')),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type SampledQuery = z.infer<typeof sampledQuery>;

/** Reads the list's query; a parameter that cannot be read falls back to its default. */
export function parseSampledQuery(raw: Record<string, string>): SampledQuery {
  const parsed = sampledQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return sampledQuery.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
}

/** One sampled account as the list shows it, with its check when there is one. */
export interface SampledAccount {
  id: number;
  displayName: string;
  platform: string;
  handle: string;
  unitName: string;
  status: AccountStatus;
  answers: Answers | null;
  outcome: CheckOutcome | null;
}

/** A page of the sample. */
export interface SampledPage {
  items: SampledAccount[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * One page of the sampled accounts, in id order, filtered by their check: the checks are read in
 * one query and only the page's accounts are fetched, so a full review of thousands stays quick.
 */
export async function listSampledAccounts(
  db: DbOrTx,
  found: AuditWithPath,
  query: SampledQuery,
): Promise<SampledPage> {
  const ids = found.audit.sample?.accountIds ?? [];
  const auditId = found.audit.id;
  const [checked, deviating] = await Promise.all([
    checkedAccountIds(db, auditId),
    query.shown === 'deviation' ? deviatingAccountIds(db, auditId) : new Set<number>(),
  ]);
  const keep: Record<Shown, (id: number) => boolean> = {
    all: () => true,
    checked: (id) => checked.has(id),
    unchecked: (id) => !checked.has(id),
    deviation: (id) => deviating.has(id),
  };
  const shown = ids.filter(keep[query.shown]);
  const lastPage = Math.max(1, Math.ceil(shown.length / query.pageSize));
  const page = Math.min(query.page, lastPage);
  const pageIds = shown.slice((page - 1) * query.pageSize, page * query.pageSize);
  const byAccount = await answersOf(db, auditId, pageIds);
  const rows =
    pageIds.length === 0
      ? []
      : await db
          .selectFrom('accounts as a')
          .innerJoin('units as u', 'u.id', 'a.unit_id')
          .select([
            'a.id',
            'a.display_name',
            'a.platform',
            'a.handle',
            'a.status',
            'u.name as unit_name',
          ])
          .where('a.id', 'in', pageIds)
          .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageIds.flatMap((id): SampledAccount[] => {
    const row = byId.get(id);
    if (!row) return [];
    const answers = byAccount.get(id) ?? null;
    return [
      {
        id,
        displayName: row.display_name,
        platform: row.platform,
        handle: row.handle,
        unitName: row.unit_name,
        status: row.status as AccountStatus,
        answers,
        outcome: answers ? checkOutcome(answers) : null,
      },
    ];
  });
  return { items, total: shown.length, page, pageSize: query.pageSize };
}
