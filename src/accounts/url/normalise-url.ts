// Canonical account URLs, so one account pasted in different shapes is stored and compared once.

// Mobile and legacy front doors serve the same pages as the bare host.
const HOST_PREFIXES = ['www.', 'm.', 'mobile.', 'mbasic.', 'web.'];

const HOST_ALIASES: Record<string, string> = {
  'twitter.com': 'x.com',
  'fb.com': 'facebook.com',
  'fb.me': 'facebook.com',
  'instagr.am': 'instagram.com',
};

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  'ref',
  'ref_src',
  'ref_url',
  'si',
  'feature',
  'hl',
  'locale',
  '__tn__',
  '__cft__',
  'mibextid',
  'rdid',
  'share_url',
  'is_from_webapp',
  'sender_device',
]);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// `kommun.se:8080/x` looks like a scheme to the regex above but is a host with a port.
const HOST_WITH_PORT = /^[^/?#:]+:\d+(?:[/?#\\]|$)/;
const AUTHORITY = /^[a-z][a-z0-9+.-]*:[/\\]*([^/?#\\]*)/i;
const LABEL = /^[a-z0-9_-]+$/;
// An alphabetic (or punycode) top-level label also rules out IP literals, which WHATWG would
// otherwise accept in odd spellings such as `https://1.2` → `1.0.0.2`.
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/;
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** Returns the canonical https URL for a pasted account URL, or null when it is not a usable web address. */
export function normaliseUrl(input: string): string | null {
  const withScheme = addScheme(input.trim());
  // WHATWG silently drops tabs and newlines, which would glue a broken host back together.
  if (!withScheme || /\s/.test(AUTHORITY.exec(withScheme)?.[1] ?? '')) return null;
  let url: URL;
  try {
    url = new URL(withScheme);
    // Old Facebook and Twitter links carry the real path in a `#!/` fragment.
    if (url.pathname === '/' && url.hash.startsWith('#!/')) url = new URL(url.hash.slice(2), url);
  } catch {
    return null;
  }
  // Credentials never belong in an account URL; a pasted e-mail address would otherwise pass.
  if (url.username || url.password) return null;
  const host = normaliseHost(url.hostname);
  if (!host) return null;
  const port = url.port === '' || url.port === '80' || url.port === '443' ? '' : `:${url.port}`;
  const query = normaliseQuery(url.searchParams);
  return `https://${host}${port}${normalisePath(url.pathname)}${query ? `?${query}` : ''}`;
}

function addScheme(input: string): string | null {
  if (input === '') return null;
  if (input.startsWith('//')) return `https:${input}`;
  const scheme = SCHEME.exec(input)?.[1];
  if (scheme === undefined || HOST_WITH_PORT.test(input)) return `https://${input}`;
  return /^https?$/i.test(scheme) ? input : null;
}

function normaliseHost(hostname: string): string | null {
  let host = hostname.replace(/\.$/, '');
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  if (!TOP_LABEL.test(labels.at(-1) ?? '')) return null;
  // Loop so `www.m.example.se` settles in one call; keep at least two labels (`m.me` stays).
  for (let prefix = stripPrefix(host); prefix; prefix = stripPrefix(host)) host = prefix;
  return HOST_ALIASES[host] ?? host;
}

function stripPrefix(host: string): string | null {
  const prefix = HOST_PREFIXES.find((p) => host.startsWith(p));
  const rest = prefix ? host.slice(prefix.length) : '';
  return rest.includes('.') ? rest : null;
}

function normalisePath(pathname: string): string {
  return pathname
    .replace(/\/{2,}/g, '/')
    .replace(/%[0-9a-f]{2}/gi, (escape) => {
      const char = String.fromCharCode(parseInt(escape.slice(1), 16));
      return UNRESERVED.test(char) ? char : escape.toUpperCase();
    })
    .replace(/\/+$/, '');
}

function normaliseQuery(params: URLSearchParams): string {
  const kept = [...params].filter(([name]) => !isTracking(name));
  // Array sort is stable, so repeated names keep their relative order.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

function isTracking(name: string): boolean {
  // Facebook sends `__cft__[0]=…`, so compare without the bracketed index.
  const bare = name.toLowerCase().replace(/\[[^\]]*\]$/, '');
  return bare.startsWith('utm_') || TRACKING_PARAMS.has(bare);
}
