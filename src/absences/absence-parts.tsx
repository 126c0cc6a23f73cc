import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { absenceTiming, type Absence } from './absence.js';

const TIMING_CLASS = { current: 'badge s-active', upcoming: 'badge', past: 'badge s-closed' };

/** The first and last day of an absence. */
export function Period(props: {
  absence: Pick<Absence, 'startsOn' | 'endsOn'>;
  locale: Locale;
  t: Translate;
}) {
  const { absence, locale } = props;
  return (
    <>
      {props.t('absences.period_text', {
        from: formatDate(absence.startsOn, locale),
        to: formatDate(absence.endsOn, locale),
      })}
    </>
  );
}

/** Whether the absence is under way, coming or over, in words. */
export function TimingBadge(props: {
  absence: Pick<Absence, 'startsOn' | 'endsOn'>;
  today: string;
  t: Translate;
}) {
  const timing = absenceTiming(props.absence, props.today);
  return <span class={TIMING_CLASS[timing]}>{props.t(`absences.timing.${timing}`)}</span>;
}

/** "N of M accounts covered", with the words "lacks cover" when some account has nobody. */
export function CoverCount(props: {
  accounts: number;
  covered: number;
  locale: Locale;
  t: Translate;
}) {
  const { accounts, covered, locale, t } = props;
  if (accounts === 0) return <span class="muted">{t('absences.no_accounts')}</span>;
  return (
    <>
      {t('absences.covered_count', {
        covered: formatNumber(covered, locale),
        accounts: formatNumber(accounts, locale),
      })}
      {covered < accounts && (
        <>
          {' '}
          <strong class="badge s-closing">{t('absences.lacks_cover')}</strong>
        </>
      )}
    </>
  );
}
