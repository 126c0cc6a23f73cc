import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDateTime, formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { SampleRecord } from './audit.js';
import { SampleReasoning } from './sample-reasoning.js';
import { percentText, stratumLabel } from './spot-check-format.js';
import type { SampleVerification } from './verify-sample.js';

/** How drawing the sample again turned out, in words that do not rest on colour. */
export function VerificationText(props: {
  verification: SampleVerification;
  t: Translate;
  locale: Locale;
}) {
  const { verification: v, t, locale } = props;
  if (v.matches)
    return (
      <p class="notice" id="sample-verified">
        <strong>{t('spot_check.verify_ok_label')}</strong>{' '}
        {t('spot_check.verify_ok', { n: formatNumber(v.redrawn, locale) })}
      </p>
    );
  return (
    <p class="warning" id="sample-verified">
      <strong>{t('spot_check.verify_failed_label')}</strong>{' '}
      {v.methodKnown ? t('spot_check.verify_failed') : t('spot_check.verify_unknown_method')}
    </p>
  );
}

/** The sample as drawn: size, method, parameters, seed and who drew it, with the reasoning. */
export function SampleDetails(props: {
  sample: Omit<SampleRecord, 'accountIds'>;
  drawnByName: string | null;
  t: Translate;
  locale: Locale;
}) {
  const { sample, t, locale } = props;
  const { params } = sample;
  const num = (v: number) => formatNumber(v, locale);
  return (
    <>
      <dl class="details">
        <dt>{t('spot_check.field.sampling')}</dt>
        <dd>{t(`spot_check.mode.${params.mode}`)}</dd>
        <dt>{t('spot_check.field.size')}</dt>
        <dd>
          {t('spot_check.size_of', { n: num(sample.n), population: num(sample.populationSize) })}
        </dd>
        <dt>{t('spot_check.field.confidence')}</dt>
        <dd>{percentText(params.confidence, locale)}</dd>
        <dt>{t('spot_check.field.tolerableRate')}</dt>
        <dd>{percentText(params.tolerableRate, locale, 2)}</dd>
        <dt>{t('spot_check.field.expectedRate')}</dt>
        <dd>{percentText(params.expectedRate, locale, 2)}</dd>
        <dt>{t('spot_check.field.stratifyBy')}</dt>
        <dd>{stratumLabel(t, params.stratifyBy)}</dd>
        <dt>{t('spot_check.field.seed')}</dt>
        <dd>
          <code>{sample.seed}</code>
        </dd>
        <dt>{t('spot_check.field.method')}</dt>
        <dd>
          <code>{sample.method}</code>
        </dd>
        <dt>{t('spot_check.field.drawn')}</dt>
        <dd>
          {props.drawnByName === null
            ? formatDateTime(sample.drawnAt, locale)
            : t('spot_check.drawn_by', {
                when: formatDateTime(sample.drawnAt, locale),
                name: props.drawnByName,
              })}
        </dd>
      </dl>
      <h3>{t('spot_check.reasoning_heading')}</h3>
      <SampleReasoning facts={sample} t={t} locale={locale} />
    </>
  );
}
