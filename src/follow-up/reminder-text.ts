import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { isMessageKey, type Translate } from '../platform/i18n/translate.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The heading of a rule's items, or its key when the rule has no text (yet). */
export function ruleLabel(t: Translate, rule: string): string {
  const key = `follow_up.rule.${rule}`;
  return isMessageKey(key) ? t(key) : rule;
}

/**
 * What an item says, in the reader's language: the rule's text for the item's state (or, with
 * none, its subject type), dates and numbers formatted for the locale.
 */
export function reminderText(
  t: Translate,
  locale: Locale,
  item: { rule: string; subjectType: string; title: string; params: Record<string, unknown> },
): string {
  const state = typeof item.params.state === 'string' ? item.params.state : item.subjectType;
  const key = `follow_up.item.${item.rule}.${state}`;
  if (!isMessageKey(key)) return item.title;
  const values: Record<string, string | number> = { title: item.title };
  for (const [name, value] of Object.entries(item.params)) {
    if (typeof value === 'number') values[name] = formatNumber(value, locale);
    else if (typeof value === 'string')
      values[name] = DATE.test(value) ? formatDate(value, locale) : value;
  }
  return t(key, values);
}
