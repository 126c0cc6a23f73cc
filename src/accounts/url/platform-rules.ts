// How each built-in platform lays out account URLs. Paths arrive normalised and percent-decoded.

export interface ParsedAccount {
  handle: string;
  id?: string | null;
  /** Account path when it cannot be rebuilt from the handle alone. */
  path?: string;
}

export interface PlatformRule {
  key: string;
  name: string;
  hosts: RegExp;
  /** Host of the account URL; the matched host itself when absent. */
  home?: string;
  parse(segments: string[], query: URLSearchParams, host: string): ParsedAccount | null;
  /** Account path for a handle; absent when a handle alone cannot locate the account. */
  path?(handle: string): string | null;
}

const DIGITS = /^\d+$/;
// Decoded separators would make a handle impossible to put back into a path.
const SAFE = /^[^\s/?#\\]+$/u;
const WORD_DOT = /^[\w.]+$/;
const YT_CHANNEL = /^UC[\w-]{22}$/;
const BLOG =
  /^([a-z0-9-]+)\.(?:wordpress\.com|blogspot\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})|bloggo\.nu|blogg\.se)$/;
const LINKEDIN_KINDS = new Set(['company', 'school', 'showcase', 'in']);

const words = (s: string) => new Set(s.split(' '));
const FACEBOOK_RESERVED = words(
  'watch events share sharer sharer.php photo photo.php photos story.php permalink.php reel reels ' +
    'video.php l.php login login.php recover checkpoint home.php hashtag search marketplace gaming ' +
    'help privacy policies legal notifications messages friends settings bookmarks stories live ' +
    'dialog plugins business ads media pages people groups p pg profile.php about fundraisers saved',
);
const INSTAGRAM_RESERVED = words(
  'p reel reels tv explore accounts direct about legal developer web challenge emails session ' +
    'privacy terms stories _u',
);
const X_RESERVED = words(
  'i home search intent hashtag explore notifications messages settings share login logout ' +
    'signup tos privacy compose download jobs account',
);
const YOUTUBE_RESERVED = words(
  'watch playlist results feed shorts embed live hashtag redirect attribution_link t about ' +
    'premium account signin logout upload post source channel c user kids music gaming trending ' +
    'podcasts playables clip new s v e',
);
const PINTEREST_RESERVED = words(
  'pin search ideas today explore business settings categories topics _ login logout about ' +
    'news_hub videos homefeed',
);
const VIMEO_RESERVED = words(
  'channels groups album showcase ondemand categories search watch features upgrade join log_in ' +
    'manage settings help stock live create solutions enterprise ott blog',
);

/** Percent-encodes one path segment; `@` stays readable because handles start with it. */
export const encodeSegment = (s: string) => encodeURIComponent(s).replace(/%40/g, '@');
const encodePath = (handle: string) => `/${handle.split('/').map(encodeSegment).join('/')}`;

function plain(handle: string | undefined, valid = SAFE): ParsedAccount | null {
  const h = handle?.replace(/^@/, '');
  return h && valid.test(h) ? { handle: h } : null;
}

function firstSegment(reserved: Set<string>, valid = SAFE) {
  return ([first]: string[]) =>
    first && !reserved.has(first.toLowerCase()) ? plain(first, valid) : null;
}

function atSegment(valid: RegExp) {
  return ([first]: string[]) => (first?.startsWith('@') ? plain(first, valid) : null);
}

const numeric = (id: string | undefined): ParsedAccount | null =>
  id && DIGITS.test(id) ? { handle: id, id } : null;

function parseFacebook([first = '', second, third]: string[], query: URLSearchParams) {
  const kind = first.toLowerCase();
  if (kind === 'profile.php') return numeric(query.get('id') ?? undefined);
  if (kind === 'pages' || kind === 'people') return numeric(third);
  // New-style pages without a vanity name: /p/Malmo-Stad-100064…
  if (kind === 'p') return numeric(/-(\d+)$/.exec(second ?? '')?.[1]);
  if (kind === 'pg') return plain(second);
  if (kind === 'groups' && second && SAFE.test(second)) {
    return { handle: `groups/${second}`, id: DIGITS.test(second) ? second : null };
  }
  return numeric(first) ?? firstSegment(FACEBOOK_RESERVED)([first]);
}

function parseX(segments: string[], query: URLSearchParams) {
  const [first, second] = segments;
  // Follow buttons link to /intent/follow?screen_name=…
  if (first === 'intent' && (second === 'follow' || second === 'user')) {
    return plain(query.get('screen_name') ?? undefined, /^\w+$/);
  }
  return firstSegment(X_RESERVED, /^\w+$/)(segments);
}

function parseInstagram(segments: string[]) {
  const [first = '', second] = segments;
  if (first === 'stories' && second !== 'highlights') return plain(second, WORD_DOT);
  if (first === '_u') return plain(second, WORD_DOT);
  return firstSegment(INSTAGRAM_RESERVED, WORD_DOT)(segments);
}

function parseYoutube(segments: string[]): ParsedAccount | null {
  const [first = '', second = ''] = segments;
  const kind = first.toLowerCase();
  if (first.startsWith('@')) return SAFE.test(first) && first.length > 1 ? { handle: first } : null;
  if (kind === 'channel') return YT_CHANNEL.test(second) ? { handle: second, id: second } : null;
  if ((kind === 'c' || kind === 'user') && SAFE.test(second)) {
    return { handle: second, path: `/${kind}/${encodeSegment(second)}` };
  }
  return firstSegment(YOUTUBE_RESERVED)(segments);
}

function parseLinkedin([first = '', second = '']: string[]): ParsedAccount | null {
  const kind = first.toLowerCase();
  if (!LINKEDIN_KINDS.has(kind) || !SAFE.test(second)) return null;
  return { handle: `${kind}/${second}`, id: kind !== 'in' && DIGITS.test(second) ? second : null };
}

function linkedinPath(handle: string): string | null {
  const [kind = '', slug, ...rest] = handle.split('/');
  return LINKEDIN_KINDS.has(kind) && slug && rest.length === 0 ? encodePath(handle) : null;
}

export const PLATFORM_RULES: readonly PlatformRule[] = [
  {
    key: 'facebook',
    name: 'Facebook',
    // Locale subdomains such as sv-se.facebook.com still circulate in old links.
    hosts: /^(?:[a-z]{2}-[a-z]{2}\.)?facebook\.com$/,
    home: 'facebook.com',
    parse: parseFacebook,
    path: (h) => (DIGITS.test(h) ? `/profile.php?id=${h}` : encodePath(h)),
  },
  {
    key: 'instagram',
    name: 'Instagram',
    hosts: /^instagram\.com$/,
    home: 'instagram.com',
    parse: parseInstagram,
    path: encodePath,
  },
  {
    key: 'x',
    name: 'X (Twitter)',
    hosts: /^x\.com$/,
    home: 'x.com',
    parse: parseX,
    path: encodePath,
  },
  {
    key: 'youtube',
    name: 'YouTube',
    hosts: /^youtube\.com$/,
    home: 'youtube.com',
    parse: parseYoutube,
    path: (h) => (YT_CHANNEL.test(h) ? `/channel/${h}` : `/${encodeSegment(h)}`),
  },
  {
    key: 'linkedin',
    name: 'LinkedIn',
    hosts: /^(?:[a-z]{2,3}\.)?linkedin\.com$/,
    home: 'linkedin.com',
    parse: parseLinkedin,
    path: linkedinPath,
  },
  {
    key: 'tiktok',
    name: 'TikTok',
    hosts: /^tiktok\.com$/,
    home: 'tiktok.com',
    parse: atSegment(WORD_DOT),
    path: (h) => `/@${encodeSegment(h)}`,
  },
  {
    key: 'threads',
    name: 'Threads',
    hosts: /^threads\.(?:com|net)$/,
    home: 'threads.com',
    parse: atSegment(WORD_DOT),
    path: (h) => `/@${encodeSegment(h)}`,
  },
  {
    key: 'snapchat',
    name: 'Snapchat',
    hosts: /^snapchat\.com$/,
    home: 'snapchat.com',
    parse: ([first = '', second]) =>
      first === 'add' ? plain(second, /^[\w.-]+$/) : atSegment(/^[\w.-]+$/)([first]),
    path: (h) => `/add/${encodeSegment(h)}`,
  },
  {
    key: 'pinterest',
    name: 'Pinterest',
    hosts: /^(?:[a-z]{2}\.)?pinterest\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/,
    home: 'pinterest.com',
    parse: firstSegment(PINTEREST_RESERVED),
    path: encodePath,
  },
  {
    key: 'vimeo',
    name: 'Vimeo',
    hosts: /^vimeo\.com$/,
    home: 'vimeo.com',
    // Bare numbers are videos, not accounts.
    parse: (segments) =>
      DIGITS.test(segments[0] ?? '') ? null : firstSegment(VIMEO_RESERVED)(segments),
    path: encodePath,
  },
  {
    key: 'flickr',
    name: 'Flickr',
    hosts: /^flickr\.com$/,
    home: 'flickr.com',
    parse: ([first, second]) =>
      (first === 'photos' || first === 'people') && second !== 'tags' ? plain(second) : null,
    path: (h) => `/photos/${encodeSegment(h)}`,
  },
  {
    key: 'blog',
    name: 'Blogg',
    hosts: BLOG,
    // The blog is the whole host; a bare name cannot say which blog service it lives on.
    parse: (_segments, _query, host) => plain(BLOG.exec(host)?.[1]),
  },
];
