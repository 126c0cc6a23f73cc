import { formatChartValue } from '../platform/charts/format-chart-value.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { answeredShare, type OutcomeCounts } from './round.js';

/** An answer as the person reads it; null is "not answered". */
export function outcomeLabel(t: Translate, outcome: string | null): string {
  switch (outcome) {
    case 'confirmed':
    case 'corrected':
    case 'closed':
    case 'gone':
      return t(`rounds.outcome.${outcome}`);
    default:
      return t('rounds.outcome.none');
  }
}

/** "412 av 900 (45,8 %)": how many are answered. */
export function answeredText(t: Translate, c: OutcomeCounts, locale: Locale): string {
  return t('rounds.answered_of', {
    answered: formatNumber(c.total - c.unanswered, locale),
    total: formatNumber(c.total, locale),
    share: formatChartValue(answeredShare(c), 'percent', locale),
  });
}

/** A share of a whole as a percentage, e.g. "12,5 %". */
export function shareText(part: number, whole: number, locale: Locale): string {
  return formatChartValue(whole === 0 ? 0 : part / whole, 'percent', locale);
}
