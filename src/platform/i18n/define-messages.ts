/** The two languages of the interface; Swedish is the default. */
export type Locale = 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['sv', 'en'];

/** Declares one domain's texts; the English table must have exactly the Swedish keys. */
export function defineMessages<const T extends Record<string, string>>(messages: {
  sv: T;
  en: { [K in keyof T]: string };
}): { sv: T; en: { [K in keyof T]: string } } {
  return messages;
}
