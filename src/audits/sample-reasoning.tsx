import type { Locale } from '../platform/i18n/define-messages.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { SampleParams } from './audit.js';
import { riskWithOneFewer } from './sample-plan.js';
import type { SampleSize } from './sample-size.js';
import { percentText } from './spot-check-format.js';

/** What the reasoning needs: the parameters, the sizes and, when computed, the figures behind n. */
export interface ReasoningFacts {
  params: SampleParams;
  n: number;
  populationSize: number;
  reasoning: SampleSize | null;
}

/** Why the sample has the size it has, in plain words: one paragraph per step of the argument. */
export function SampleReasoning(props: { facts: ReasoningFacts; t: Translate; locale: Locale }) {
  const { facts, t, locale } = props;
  const { params, reasoning } = facts;
  const num = (v: number) => formatNumber(v, locale);
  const pct = (v: number, digits = 1) => percentText(v, locale, digits);
  const common = {
    n: num(facts.n),
    population: num(facts.populationSize),
    confidence: pct(params.confidence),
    tolerable: pct(params.tolerableRate, 2),
    expected: pct(params.expectedRate, 2),
  };
  if (params.mode === 'full') return <p>{t('spot_check.reason_full', common)}</p>;
  if (params.mode === 'chosen' || !reasoning) return <p>{t('spot_check.reason_chosen', common)}</p>;
  const risk = { risk: pct(reasoning.risk, 2), maxRisk: pct(1 - params.confidence, 2) };
  const fewer = riskWithOneFewer(reasoning, params.expectedRate, facts.populationSize);
  const large = Math.ceil(Math.log(1 - params.confidence) / Math.log(1 - params.tolerableRate));
  return (
    <div class="reasoning">
      <p>{t('spot_check.reason_inputs', common)}</p>
      <p>
        {t('spot_check.reason_deviations', {
          ...common,
          deviations: num(reasoning.populationDeviations),
          allowed: num(reasoning.allowedDeviations),
          ...risk,
        })}
      </p>
      {reasoning.fullReview ? (
        <p>{t('spot_check.reason_full_review', common)}</p>
      ) : (
        fewer !== null && (
          <p>
            {t('spot_check.reason_smallest', {
              ...common,
              fewer: num(facts.n - 1),
              riskFewer: pct(fewer, 2),
              maxRisk: risk.maxRisk,
            })}
          </p>
        )
      )}
      {params.expectedRate === 0 && !reasoning.fullReview && (
        <p class="hint">
          {t('spot_check.reason_large_population', { ...common, large: num(large) })}
        </p>
      )}
    </div>
  );
}
