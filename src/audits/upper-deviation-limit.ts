import { hypergeometricCdf } from './hypergeometric.js';

/** What a sample showed for one item, and what the auditor set out to conclude. */
export interface DeviationEvidence {
  /** Accounts assessed for the item (pass or deviation). */
  assessed: number;
  /** Of those, the deviations found. */
  deviations: number;
  /** The population the sample was drawn from. */
  population: number;
  /** e.g. 0.95 */
  confidence: number;
}

/** The upper deviation limit as a rate, and as a number of accounts in the population. */
export interface UpperDeviationLimit {
  rate: number;
  /** The most deviating accounts the population may hold at the chosen confidence. */
  deviations: number;
}

/**
 * The upper deviation limit, exact hypergeometric: the largest D/N for which a population of N
 * holding D deviations still shows at most k in n with probability above 1 − confidence (as the
 * attribute-sampling evaluation tables). Null when nothing was assessed.
 */
export function upperDeviationLimit(input: DeviationEvidence): UpperDeviationLimit | null {
  const { assessed: n, deviations: k, population: N, confidence } = input;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be in (0, 1)');
  if (!(Number.isInteger(n) && Number.isInteger(k) && Number.isInteger(N)))
    throw new RangeError('counts must be integers');
  if (k < 0 || k > n || n > N) throw new RangeError('need 0 ≤ deviations ≤ assessed ≤ population');
  if (n === 0) return null;
  const risk = 1 - confidence;
  // The n − k passes seen leave room for at most N − (n − k) deviations; P falls as D grows.
  let low = k;
  let high = N - (n - k);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (hypergeometricCdf(k, N, mid, n) > risk) low = mid;
    else high = mid - 1;
  }
  return { rate: low / N, deviations: low };
}

/**
 * Whether the sample supports reliance on the control: the upper limit lies below the ⌈tolerable
 * × N⌉ deviations that the sample size was computed to rule out.
 */
export function supportsReliance(
  limit: UpperDeviationLimit,
  tolerableRate: number,
  population: number,
): boolean {
  // Rounding guards against 0.05 × 100 = 5.000000000000001 counting as six.
  return limit.deviations < Math.ceil(Number((tolerableRate * population).toFixed(9)));
}
