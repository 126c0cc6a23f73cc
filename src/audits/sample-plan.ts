import { fieldError } from '../platform/http/errors.js';
import type { SampleParams } from './audit.js';
import { allocate, type PopulationItem } from './draw-sample.js';
import { hypergeometricCdf } from './hypergeometric.js';
import { sampleSize, type SampleSize } from './sample-size.js';

/** One stratum's part of the population and of the sample. */
export interface StratumShare {
  stratum: string;
  population: number;
  sample: number;
}

/** The size a sample will have and why, before it is drawn. */
export interface SamplePlan {
  n: number;
  populationSize: number;
  /** The computed size and its reasoning; null when chosen or a full review. */
  reasoning: SampleSize | null;
  /** Each stratum's share, largest first; empty when not stratified. */
  strata: StratumShare[];
}

/** The allowed deviations for a sample of n, as sampleSize reckons them. */
const allowedDeviations = (n: number, expectedRate: number) =>
  Math.ceil(Number((n * expectedRate).toFixed(9)));

/**
 * For the reasoning: the chance that a sample one account smaller would leave, which is above
 * the risk accepted (n is the smallest that suffices); null when there is no smaller sample.
 */
export function riskWithOneFewer(
  reasoning: SampleSize,
  expectedRate: number,
  population: number,
): number | null {
  const fewer = reasoning.n - 1;
  if (fewer < 1) return null;
  return hypergeometricCdf(
    allowedDeviations(fewer, expectedRate),
    population,
    reasoning.populationDeviations,
    fewer,
  );
}

/**
 * How large the sample of this population will be: computed by attribute sampling, the size the
 * auditor chose (at most the population), or every account.
 */
export function planSample(params: SampleParams, population: PopulationItem[]): SamplePlan {
  const N = population.length;
  if (N === 0) throw fieldError('mode', 'spot_check.population_empty');
  let n = N;
  let reasoning: SampleSize | null = null;
  if (params.mode === 'computed') {
    reasoning = sampleSize({ ...params, population: N });
    n = reasoning.n;
  } else if (params.mode === 'chosen') {
    const chosen = params.chosenSize ?? 0;
    if (chosen > N) throw fieldError('chosenSize', 'spot_check.chosen_too_large', { max: N });
    n = chosen;
  }
  return { n, populationSize: N, reasoning, strata: strataOf(params, population, n) };
}

function strataOf(params: SampleParams, population: PopulationItem[], n: number): StratumShare[] {
  if (params.stratifyBy === 'none') return [];
  const sizes = new Map<string, number>();
  for (const item of population) {
    const key = item.stratum ?? '';
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const shares = allocate(sizes, n);
  return [...sizes]
    .map(([stratum, size]) => ({ stratum, population: size, sample: shares.get(stratum) ?? 0 }))
    .sort((a, b) => b.population - a.population || a.stratum.localeCompare(b.stratum));
}

/** The population snapshot of a draw: the accounts in scope, each with its stratum if any. */
export function populationFor(
  accounts: readonly { id: number; unitId: number; platform: string }[],
  stratifyBy: SampleParams['stratifyBy'],
): PopulationItem[] {
  if (stratifyBy === 'unit') return accounts.map((a) => ({ id: a.id, stratum: String(a.unitId) }));
  if (stratifyBy === 'platform') return accounts.map((a) => ({ id: a.id, stratum: a.platform }));
  return accounts.map((a) => ({ id: a.id }));
}
