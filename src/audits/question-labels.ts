import type { Locale } from '../platform/i18n/define-messages.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Rate } from './response-time-figures.js';
import { QUESTION_CHANNELS, type QuestionOutcomeKind } from './question.js';

const intl = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');
const formats = new Map<string, Intl.NumberFormat>();
function format(locale: Locale, kind: 'percent' | 'hours' | 'points'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      intl(locale),
      kind === 'percent'
        ? { style: 'percent', maximumFractionDigits: 0 }
        : kind === 'hours'
          ? { maximumFractionDigits: 1 }
          : { maximumFractionDigits: 1, signDisplay: 'exceptZero' },
    );
    formats.set(key, f);
  }
  return f;
}

/** How a question was put, in words. */
export const channelLabel = (t: Translate, channel: string) =>
  (QUESTION_CHANNELS as readonly string[]).includes(channel)
    ? t(`questions.channel.${channel as (typeof QUESTION_CHANNELS)[number]}`)
    : channel;
/** Channel choices as select options. */
export const channelOptions = (t: Translate): [string, string][] =>
  QUESTION_CHANNELS.map((c) => [c, channelLabel(t, c)]);
/** What became of a question, in words. */
export const outcomeLabel = (t: Translate, outcome: QuestionOutcomeKind) =>
  t(`questions.outcome.${outcome}`);
/** Signed with a first name: yes, no, or not recorded. */
export const signedLabel = (t: Translate, signed: boolean | null) =>
  t(
    signed === null
      ? 'questions.signed.unknown'
      : signed
        ? 'questions.signed.yes'
        : 'questions.signed.no',
  );

/** A share as a whole percent, e.g. "72 %"; a dash when it has no denominator. */
export function percentText(value: number | null, locale: Locale): string {
  return value === null ? '–' : format(locale, 'percent').format(value);
}

/** A rate as its fraction and percent, e.g. "13/18 = 72 %". */
export function rateText(rate: Rate | null, locale: Locale): string {
  if (!rate || rate.denominator === 0) return '–';
  return `${rate.numerator}/${rate.denominator} = ${percentText(rate.value, locale)}`;
}

/** Working hours with one decimal, e.g. "5,5". */
export function hoursText(hours: number | null, locale: Locale): string {
  return hours === null ? '–' : format(locale, 'hours').format(hours);
}

/** A change in percentage points with its sign, e.g. "+11,6"; a dash when unknown. */
export function pointsText(points: number | null, locale: Locale): string {
  return points === null ? '–' : format(locale, 'points').format(points);
}
