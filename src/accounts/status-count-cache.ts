import type { AccountStatus } from './account.js';

/** The counts of a filter: per status, and the closing accounts whose closure is blocked. */
export interface RegisterCounts {
  counts: Record<AccountStatus, number>;
  blockedClosures: number;
}
const MAX_ENTRIES = 2000;

/**
 * Counts per status by filter, valid while the register's version stands still. Counting
 * 100,000 accounts for every page would otherwise cost more than the page itself.
 */
export interface StatusCountCache {
  get(key: string, version: number): RegisterCounts | undefined;
  set(key: string, version: number, counts: RegisterCounts): void;
}

/** A bounded, in-process cache; each instance keeps its own and checks the shared version. */
export function createStatusCountCache(): StatusCountCache {
  const entries = new Map<string, { version: number; counts: RegisterCounts }>();
  return {
    get(key, version) {
      const entry = entries.get(key);
      return entry && entry.version === version ? entry.counts : undefined;
    },
    set(key, version, counts) {
      if (entries.size >= MAX_ENTRIES && !entries.has(key))
        entries.delete(entries.keys().next().value!);
      entries.set(key, { version, counts });
    },
  };
}
