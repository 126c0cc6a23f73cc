// Works out which platform and account a pasted URL points at, so the register form can prefill it.
import { normaliseUrl } from './normalise-url.js';
import { encodeSegment, PLATFORM_RULES, type PlatformRule } from './platform-rules.js';

/** An administrator-defined platform, recognised by its hosts and their subdomains. */
export interface PlatformHosts {
  key: string;
  hosts: string[];
}

export interface DerivedAccount {
  platform: string;
  handle: string;
  platformAccountId: string | null;
  url: string;
}

export const BUILT_IN_PLATFORMS: readonly { key: string; name: string }[] = Object.freeze(
  PLATFORM_RULES.map(({ key, name }) => Object.freeze({ key, name })),
);

/** Derives platform, handle and canonical account URL from a pasted URL, or null when it names no account. */
export function deriveAccount(
  input: string,
  customPlatforms: PlatformHosts[] = [],
): DerivedAccount | null {
  const normalised = normaliseUrl(input);
  if (!normalised) return null;
  const url = new URL(normalised);
  const segments = url.pathname.split('/').filter(Boolean).map(decode);
  // Built-in hosts win over custom ones so a stray admin entry cannot hijack facebook.com.
  const rule = PLATFORM_RULES.find((r) => r.hosts.test(url.hostname));
  if (rule) return fromRule(rule, url, segments);
  return fromCustom(customPlatforms, url, segments);
}

/** Builds the canonical account URL for a built-in platform and handle, or null when that is impossible. */
export function accountUrl(platform: string, handle: string): string | null {
  const rule = PLATFORM_RULES.find((r) => r.key === platform);
  const trimmed = handle.trim();
  const bare = platform === 'youtube' ? trimmed : trimmed.replace(/^@/, '');
  const path = rule?.home && bare ? rule.path?.(bare) : null;
  if (!rule?.home || !path) return null;
  // Round-trip so only handles that deriveAccount would give back produce a URL.
  const derived = deriveAccount(`https://${rule.home}${path}`);
  return derived?.platform === platform && derived.handle === bare ? derived.url : null;
}

function fromRule(rule: PlatformRule, url: URL, segments: string[]): DerivedAccount | null {
  const parsed = rule.parse(segments, url.searchParams, url.hostname);
  if (!parsed) return null;
  const path = parsed.path ?? rule.path?.(parsed.handle) ?? '';
  const account = normaliseUrl(`https://${rule.home ?? url.host}${path}`);
  if (!account) return null;
  return {
    platform: rule.key,
    handle: parsed.handle,
    platformAccountId: parsed.id ?? null,
    url: account,
  };
}

function fromCustom(
  platforms: PlatformHosts[],
  url: URL,
  segments: string[],
): DerivedAccount | null {
  let best: { key: string; host: string } | undefined;
  for (const platform of platforms) {
    for (const host of platform.hosts.map(hostOf)) {
      if (!host || (url.hostname !== host && !url.hostname.endsWith(`.${host}`))) continue;
      // The most specific host wins, e.g. blogg.kommun.se over kommun.se.
      if (!best || host.length > best.host.length) best = { key: platform.key, host };
    }
  }
  if (!best) return null;
  const [first] = segments;
  const handle = first === undefined ? url.hostname : first.replace(/^@/, '');
  if (!handle || /[\s/?#\\]/u.test(handle)) return null;
  const path = first === undefined ? '' : `/${encodeSegment(first)}`;
  const account = normaliseUrl(`https://${url.host}${path}`);
  return account ? { platform: best.key, handle, platformAccountId: null, url: account } : null;
}

// Admins may type hosts as `www.kommun.se` or full URLs; compare them in normalised form.
function hostOf(host: string): string | null {
  const normalised = normaliseUrl(host);
  return normalised ? new URL(normalised).hostname : null;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
