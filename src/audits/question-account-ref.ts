import { handleKey } from '../accounts/resolve-identity.js';
import { deriveAccount } from '../accounts/url/derive-account.js';
import { normaliseUrl } from '../accounts/url/normalise-url.js';
import type { MessageKey } from '../platform/i18n/translate.js';
import type { ScopedAccount } from './audit-queries.js';

/** The accounts in an audit's scope, looked up by id, handle and URL. */
export interface AccountIndex {
  byId: Map<number, ScopedAccount>;
  byHandle: Map<string, ScopedAccount[]>;
  byUrl: Map<string, ScopedAccount>;
  platforms: Set<string>;
}

/** Indexes the accounts in scope once, so that a thousand rows are resolved without a query each. */
export function indexAccounts(accounts: readonly ScopedAccount[]): AccountIndex {
  const index: AccountIndex = {
    byId: new Map(),
    byHandle: new Map(),
    byUrl: new Map(),
    platforms: new Set(),
  };
  for (const account of accounts) {
    index.byId.set(account.id, account);
    const key = handleKey(account.handle);
    index.byHandle.set(key, [...(index.byHandle.get(key) ?? []), account]);
    if (account.url) index.byUrl.set(account.url, account);
    index.platforms.add(account.platform);
  }
  return index;
}

/** What a reference resolved to: the account, or why none. */
export type AccountRefResult =
  { account: ScopedAccount } | { error: MessageKey; params?: Record<string, string> };

const ID = /^#?(\d{1,10})$/;
const PLATFORM_PREFIX = /^([a-z0-9_-]+):(?!\/\/)(.+)$/i;
const LOOKS_LIKE_URL = /^(https?:)?\/\/|^[^\s/@]+\.[a-z]{2,}\//i;

function byHandle(index: AccountIndex, handle: string, platform?: string): AccountRefResult {
  const found = (index.byHandle.get(handleKey(handle)) ?? []).filter(
    (a) => !platform || a.platform === platform,
  );
  if (found.length === 1) return { account: found[0]! };
  if (found.length === 0) return { error: 'questions.account_unknown' };
  // Name what would tell them apart, e.g. "facebook:ekorren, instagram:ekorren".
  const options = found.map((a) => `${a.platform}:${a.handle}`).join(', ');
  return { error: 'questions.account_ambiguous', params: { options } };
}

function byUrl(index: AccountIndex, ref: string): AccountRefResult {
  const url = normaliseUrl(ref);
  const exact = url ? index.byUrl.get(url) : undefined;
  if (exact) return { account: exact };
  const derived = url ? deriveAccount(url) : null;
  if (!derived) return { error: 'questions.account_unknown' };
  return byHandle(index, derived.handle, derived.platform);
}

/**
 * The account in scope that a typed reference names: its id ("12" or "#12"), its URL, its handle
 * ("@ekbacken"), or platform and handle ("instagram:ekbacken") where a handle is on two platforms.
 */
export function resolveAccountRef(index: AccountIndex, ref: string): AccountRefResult {
  const value = ref.trim();
  if (value === '') return { error: 'questions.account_required' };
  const id = ID.exec(value);
  if (id) {
    const account = index.byId.get(Number(id[1]));
    if (account) return { account };
    // A handle of digits only is possible on some platforms.
    return byHandle(index, value);
  }
  const prefixed = PLATFORM_PREFIX.exec(value);
  if (prefixed && index.platforms.has(prefixed[1]!.toLowerCase()))
    return byHandle(index, prefixed[2]!, prefixed[1]!.toLowerCase());
  if (LOOKS_LIKE_URL.test(value)) return byUrl(index, value);
  return byHandle(index, value);
}

/** What to type for an account so that it resolves: its handle, with its platform when needed. */
export function accountRefText(index: AccountIndex, account: ScopedAccount): string {
  const same = index.byHandle.get(handleKey(account.handle)) ?? [];
  return same.length > 1 ? `${account.platform}:${account.handle}` : account.handle;
}
