import type { Locale } from '../platform/i18n/define-messages.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Stratum } from './audit.js';
import type { Answer, ChecklistItem } from './checklist.js';
import type { CheckOutcome } from './checklist-answers.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** A share as per cent in the reader's language, e.g. "4,73 %" (sv) or "4.73%" (en). */
export function percentText(value: number, locale: Locale, digits = 1): string {
  const key = `${locale}:${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** An answer in words. */
export const answerLabel = (t: Translate, a: Answer) => t(`spot_check.answer.${a}`);

/** A check's outcome in words. */
export const outcomeLabel = (t: Translate, o: CheckOutcome) => t(`spot_check.outcome.${o}`);

/** What a sample is stratified by, in words. */
export const stratumLabel = (t: Translate, s: Stratum) => t(`spot_check.stratify.${s}`);

/** A checklist item's label in the reader's language. */
export const itemText = (item: Pick<ChecklistItem, 'label'>, locale: Locale) => item.label[locale];

/** The names that strata are stored under (unit ids, platform keys) as the reader knows them. */
export function strataNamer(
  stratifyBy: Stratum,
  unitNames: Map<number, string>,
  platformNames: Map<string, string>,
): (stratum: string) => string {
  if (stratifyBy === 'unit') return (s) => unitNames.get(Number(s)) ?? s;
  if (stratifyBy === 'platform') return (s) => platformNames.get(s) ?? s;
  return (s) => s;
}
