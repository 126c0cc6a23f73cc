import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDateTime, formatNumber } from '../platform/i18n/format.js';
import { isMessageKey, type Translate } from '../platform/i18n/translate.js';
import type { JobStatus } from '../platform/jobs/lease.js';
import { ActionButton } from '../platform/http/ui/action-button.js';

// The run's own totals; the other counts are the rules', one each.
const TOTALS = [
  'found',
  'written',
  'escalated',
  'resolved',
  'urgent',
  'digests',
  'round',
  'closuresStarted',
  'failed',
];

function Counts(props: {
  label: string;
  entries: [string, number][];
  name: (key: string) => string;
  locale: Locale;
}) {
  return (
    <dl class="details" aria-labelledby={props.label}>
      {props.entries.map(([key, value]) => (
        <>
          <dt>{props.name(key)}</dt>
          <dd>{formatNumber(value, props.locale)}</dd>
        </>
      ))}
    </dl>
  );
}

/** When the sweep last ran and what it found, with the button that runs it now. */
export function SweepStatusSection(props: {
  status: JobStatus | null;
  minutes: number;
  csrfToken: string;
  t: Translate;
  locale: Locale;
}) {
  const { status, t, locale } = props;
  const at = (iso: string | null) => formatDateTime(iso, locale);
  const found =
    status?.lastResult && typeof status.lastResult === 'object'
      ? Object.entries(status.lastResult as Record<string, unknown>).filter(
          (e): e is [string, number] => typeof e[1] === 'number',
        )
      : [];
  const finished =
    status?.lastFinishedAt && status.lastStartedAt && status.lastFinishedAt >= status.lastStartedAt;
  const label = (key: string) => {
    const name = `follow_up.sweep_result.${key}`;
    return isMessageKey(name) ? t(name) : key;
  };
  return (
    <section aria-labelledby="sweep-heading">
      <h2 id="sweep-heading">{t('follow_up.sweep_heading')}</h2>
      <p>{t('follow_up.sweep_intro')}</p>
      <p>
        {props.minutes === 1
          ? t('follow_up.sweep_every_minute')
          : props.minutes > 0
            ? t('follow_up.sweep_every', { minutes: formatNumber(props.minutes, locale) })
            : t('follow_up.sweep_off')}{' '}
        {!status?.lastStartedAt
          ? t('follow_up.sweep_never')
          : status.running
            ? t('follow_up.sweep_running', { started: at(status.lastStartedAt) })
            : finished
              ? t('follow_up.sweep_last', {
                  started: at(status.lastStartedAt),
                  finished: at(status.lastFinishedAt),
                })
              : t('follow_up.sweep_unfinished', { started: at(status.lastStartedAt) })}
      </p>
      {found.length > 0 && (
        <>
          <h3 id="sweep-found-heading">{t('follow_up.sweep_found')}</h3>
          <Counts
            label="sweep-found-heading"
            entries={found.filter(([k]) => TOTALS.includes(k))}
            name={label}
            locale={locale}
          />
          <h4 id="sweep-rules-heading">{t('follow_up.sweep_per_rule')}</h4>
          <Counts
            label="sweep-rules-heading"
            entries={found.filter(([k]) => !TOTALS.includes(k))}
            name={label}
            locale={locale}
          />
        </>
      )}
      <ActionButton
        action="/follow-up/run"
        csrfToken={props.csrfToken}
        label={t('follow_up.run_now')}
        variant="secondary"
      />
    </section>
  );
}
