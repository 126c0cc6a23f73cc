import type { Translate } from '../platform/i18n/translate.js';
import {
  RISK_RESPONSES,
  RISK_SCALE,
  riskLevel,
  riskScore,
  type RiskLevel,
  type RiskResponse,
} from './plan.js';

/** The name of a response in the interface language. */
export const responseLabel = (t: Translate, r: RiskResponse) => t(`plans.response.${r}`);
/** The word of a level in the interface language. */
export const levelLabel = (t: Translate, l: RiskLevel) => t(`plans.level.${l}`);
/** The word of a likelihood step, 1 to 4. */
export const likelihoodWord = (t: Translate, step: number) =>
  t(`plans.likelihood.${step as 1 | 2 | 3 | 4}`);
/** The word of an impact step, 1 to 4. */
export const impactWord = (t: Translate, step: number) =>
  t(`plans.impact.${step as 1 | 2 | 3 | 4}`);

/** Response choices as select options. */
export const responseOptions = (t: Translate): [string, string][] =>
  RISK_RESPONSES.map((r) => [r, responseLabel(t, r)]);
/** Likelihood choices as select options: "4 – sannolik". */
export const likelihoodOptions = (t: Translate): [string, string][] =>
  RISK_SCALE.map((s) => [String(s), `${s} – ${likelihoodWord(t, s)}`]);
/** Impact choices as select options: "4 – allvarlig". */
export const impactOptions = (t: Translate): [string, string][] =>
  RISK_SCALE.map((s) => [String(s), `${s} – ${impactWord(t, s)}`]);

/** A risk's value in words, so that its level never rests on colour: "12 (3 × 4), mycket hög". */
export function scoreText(t: Translate, likelihood: number, impact: number): string {
  const score = riskScore(likelihood, impact);
  return t('plans.score_value', {
    score,
    likelihood,
    impact,
    level: levelLabel(t, riskLevel(score)),
  });
}
