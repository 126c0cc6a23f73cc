import { handleKey } from '../accounts/resolve-identity.js';
import { accountUrl, deriveAccount } from '../accounts/url/derive-account.js';

/** The name's letters and digits as plain ASCII words: "Åbyskolan – åk 9" gives Abyskolan, ak, 9. */
export function asciiWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const FILLERS = new Set(['och', 'i', 'pa', 'for', 'av', 'med', 'till']);

// Cut at whole words so that handles stay readable; a trailing "och" would look broken off.
function fit(words: string[], separator: string, max: number): string {
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join(separator).length > max) break;
    kept.push(word);
  }
  while (kept.length > 1 && FILLERS.has(kept.at(-1)?.toLowerCase() ?? '')) kept.pop();
  return kept.length > 0 ? kept.join(separator) : (words[0] ?? '').slice(0, max);
}

const pascal = (words: string[], max: number) => fit(words.map(capitalise), '', max);
const lower = (words: string[], separator: string, max: number) =>
  fit(
    words.map((w) => w.toLowerCase()),
    separator,
    max,
  );
const blogStyle = (words: string[]) => lower(words, '-', 40);
// Each platform's own conventions, within what its URL rules accept (see platform-rules.ts).
const STYLES: Record<string, (words: string[]) => string> = {
  facebook: (w) => pascal(w, 50),
  instagram: (w) => lower(w, '.', 30),
  // X allows only 15 characters, so its handles are cut like people cut them, mid-word.
  x: (w) => w.map(capitalise).join('').slice(0, 15),
  youtube: (w) => `@${pascal(w, 30)}`,
  linkedin: (w) => `company/${lower(w, '-', 60)}`,
  tiktok: (w) => lower(w, '', 24),
  blog: blogStyle,
};

/** Hands out handles that are unique per platform, numbering repeats: ekbackensskola, ekbackensskola2, … */
export class HandleBook {
  private readonly used = new Set<string>();
  private readonly nextNumber = new Map<string, number>();
  // Display names repeat thousands of times in a large register; work out each base only once.
  private readonly bases = new Map<string, string>();

  /** A handle for a display name on a platform that no earlier call has been given. */
  take(platform: string, displayName: string): string {
    const base = this.base(platform, displayName);
    const baseKey = `${platform}\n${handleKey(base)}`;
    let handle = base;
    let number = this.nextNumber.get(baseKey) ?? 1;
    while (this.used.has(`${platform}\n${handleKey(handle)}`)) {
      number += 1;
      handle = `${base}${number}`;
    }
    this.nextNumber.set(baseKey, number);
    this.used.add(`${platform}\n${handleKey(handle)}`);
    return handle;
  }

  private base(platform: string, displayName: string): string {
    const key = `${platform}\n${displayName}`;
    let base = this.bases.get(key);
    if (base === undefined) {
      const words = asciiWords(displayName);
      base = (STYLES[platform] ?? blogStyle)(words.length > 0 ? words : ['exempelstad']);
      this.bases.set(key, base);
    }
    return base;
  }
}

/** The account's address: the platform's canonical URL, or for a blog one on WordPress. */
export function demoAccountUrl(platform: string, handle: string): string | null {
  if (platform === 'blog') return deriveAccount(`https://${handle}.wordpress.com/`)?.url ?? null;
  return accountUrl(platform, handle);
}
