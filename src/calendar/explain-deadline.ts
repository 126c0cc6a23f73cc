import { formatDate } from '../platform/i18n/format.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { CalendarPolicy } from './calendar-policy.js';
import type { ResponseDeadline } from './response-deadline.js';
import type { NonWorkingReason } from './working-days.js';

/** The name of a non-working day's reason, e.g. "midsommarafton" or the organisation's own name. */
export function reasonName(reason: NonWorkingReason, t: Translate): string {
  return reason.kind === 'extra' ? reason.name : t(`calendar.day.${reason.key}`);
}

/** Why the deadline is what it is, in a sentence. */
export function explainDeadline(
  deadline: ResponseDeadline,
  policy: CalendarPolicy,
  t: Translate,
  locale: Locale,
): string {
  if (!deadline.movedFrom) return t('calendar.explain.within', { hours: policy.responseHours });
  const params = {
    day: reasonName(deadline.movedFrom.reason, t),
    date: formatDate(deadline.movedFrom.date, locale),
  };
  return deadline.askedOnNonWorkingDay
    ? t('calendar.explain.asked_closed', params)
    : t('calendar.explain.moved', params);
}
