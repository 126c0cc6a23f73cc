import { hypergeometricCdf } from './hypergeometric.js';

/** What the auditor chooses: how sure, how many deviations are tolerable and expected. */
export interface SampleSizeInput {
  /** e.g. 0.95 */
  confidence: number;
  /** The deviation rate the control tolerates, e.g. 0.05. */
  tolerableRate: number;
  /** The deviation rate expected in the population, e.g. 0 or 0.01. */
  expectedRate: number;
  /** The number of accounts in scope. */
  population: number;
}

/** The sample size and the figures behind it, so that the report can show its reasoning. */
export interface SampleSize {
  n: number;
  /** Deviations the sample may show and still support the conclusion. */
  allowedDeviations: number;
  /** Deviations assumed in the population at the tolerable rate: ⌈tolerable × N⌉. */
  populationDeviations: number;
  /** The chance of seeing no more than the allowed deviations if the rate were tolerable. */
  risk: number;
  /** Whether every account must be reviewed (the sample would be the whole population). */
  fullReview: boolean;
}

/**
 * The smallest n for which drawing n of N accounts that hold ⌈tolerable × N⌉ deviations shows at
 * most ⌈n × expected⌉ of them with probability ≤ 1 − confidence (exact hypergeometric; with
 * expected 0 this is ln(1 − c) / ln(1 − t) for large N). See PRODUCT.md, "Sampling".
 */
export function sampleSize(input: SampleSizeInput): SampleSize {
  const { confidence, tolerableRate, expectedRate, population } = input;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be in (0, 1)');
  if (!(tolerableRate > 0 && tolerableRate < 1))
    throw new RangeError('tolerable rate must be in (0, 1)');
  if (!(expectedRate >= 0 && expectedRate < tolerableRate))
    throw new RangeError('expected rate must be at least 0 and below the tolerable rate');
  if (!Number.isInteger(population) || population < 1)
    throw new RangeError('population must be a positive integer');
  const risk = 1 - confidence;
  const deviations = Math.ceil(tolerableRate * population);
  // Rounding guards against 0.01 × 100 = 1.0000000000000002 allowing two deviations.
  const allowed = (n: number) => Math.ceil(Number((n * expectedRate).toFixed(9)));
  for (let n = 1; n <= population; n++) {
    const k = allowed(n);
    const p = hypergeometricCdf(k, population, deviations, n);
    if (p <= risk) {
      return {
        n,
        allowedDeviations: k,
        populationDeviations: deviations,
        risk: p,
        fullReview: n === population,
      };
    }
  }
  return {
    n: population,
    allowedDeviations: allowed(population),
    populationDeviations: deviations,
    risk: 0,
    fullReview: true,
  };
}
