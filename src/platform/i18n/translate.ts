import { catalog, type MessageKey } from './catalog.js';
import type { Locale } from './define-messages.js';

export type { MessageKey };
/** Translates a key, filling `{name}` placeholders from params. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Whether a string is a known message key (custom zod messages carry keys). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(catalog.sv, value);
}

/** Returns the translator for a locale. */
export function translator(locale: Locale): Translate {
  const table = catalog[locale] as Record<string, string>;
  return (key, params) => {
    const text = table[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) =>
      params[name] === undefined ? m : String(params[name]),
    );
  };
}

/** Picks the preferred supported locale from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return 'sv';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('sv')) return 'sv';
    if (tag.startsWith('en')) return 'en';
  }
  return 'sv';
}
