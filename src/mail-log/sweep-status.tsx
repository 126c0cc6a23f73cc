import type { JobStatus } from '../platform/jobs/lease.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDateTime, formatNumber } from '../platform/i18n/format.js';
import { isMessageKey, type Translate } from '../platform/i18n/translate.js';

// The sweep's own summary of a run, when it is a plain record of counts.
function counts(result: unknown): [string, number][] {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return [];
  const entries = Object.entries(result as Record<string, unknown>);
  return entries.filter((e): e is [string, number] => typeof e[1] === 'number');
}

const resultLabel = (t: Translate, key: string) => {
  const name = `follow_up.sweep_result.${key}`;
  return isMessageKey(name) ? t(name) : key;
};

/** When the sweep last ran and what it found, with the way to run it now. */
export function SweepStatus(props: { status: JobStatus | null; t: Translate; locale: Locale }) {
  const { status, t, locale } = props;
  const at = (iso: string | null) => formatDateTime(iso, locale);
  const found = status ? counts(status.lastResult) : [];
  const finished =
    status?.lastFinishedAt && status.lastStartedAt && status.lastFinishedAt >= status.lastStartedAt;
  return (
    <section aria-labelledby="sweep-heading">
      <h2 id="sweep-heading">{t('mail_log.sweep_heading')}</h2>
      <p>
        {!status || !status.lastStartedAt
          ? t('mail_log.sweep_never')
          : status.running
            ? t('mail_log.sweep_running', { started: at(status.lastStartedAt) })
            : finished
              ? t('mail_log.sweep_last', {
                  started: at(status.lastStartedAt),
                  finished: at(status.lastFinishedAt),
                })
              : t('mail_log.sweep_unfinished', { started: at(status.lastStartedAt) })}
      </p>
      {found.length > 0 && (
        <>
          <h3>{t('mail_log.sweep_found')}</h3>
          <dl class="details">
            {found.map(([key, value]) => (
              <>
                <dt>{resultLabel(t, key)}</dt>
                <dd>{formatNumber(value, locale)}</dd>
              </>
            ))}
          </dl>
        </>
      )}
      <p>
        <a href="/follow-up">{t('mail_log.sweep_link')}</a>
      </p>
    </section>
  );
}
