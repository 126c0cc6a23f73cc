import type { Locale } from '../platform/i18n/define-messages.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { LACKING_STATES, type TrainingState } from './training-state.js';

const STATE_CLASS: Record<TrainingState | 'not_taken', string> = {
  expired: 'badge s-closing',
  missing: 'badge s-closing',
  expires_soon: 'badge',
  valid: 'badge s-active',
  not_taken: 'badge s-closed',
};

/** A training state in words; the colour only repeats it. */
export function StateBadge(props: { state: TrainingState | 'not_taken'; t: Translate }) {
  return <span class={STATE_CLASS[props.state]}>{props.t(`training.state.${props.state}`)}</span>;
}

/** The overview's state filter choices. */
export function lackingStateOptions(t: Translate): [string, string][] {
  return LACKING_STATES.map((s) => [s, t(`training.state.${s}`)]);
}

/** How long a course's completion is valid, in words. */
export function validityText(t: Translate, months: number | null, locale: Locale): string {
  return months === null
    ? t('training.never_expires')
    : t('training.course.months', { months: formatNumber(months, locale) });
}
