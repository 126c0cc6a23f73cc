import type { SampleRecord } from './audit.js';
import { DRAW_METHOD, drawSample, type PopulationItem } from './draw-sample.js';

/** What drawing a stored sample again gave. */
export interface SampleVerification {
  /** Whether the stored method is the one this version draws with. */
  methodKnown: boolean;
  /** Whether the same seed over the same population gave exactly the stored accounts. */
  matches: boolean;
  /** How many accounts the new draw gave. */
  redrawn: number;
  /** How many members the stored population holds. */
  populationSize: number;
}

/** Draws the sample again from its stored seed, size and population, and compares. */
export function verifySample(
  sample: SampleRecord,
  population: PopulationItem[],
): SampleVerification {
  const methodKnown = sample.method === DRAW_METHOD;
  const redrawn = methodKnown
    ? drawSample({
        seed: sample.seed,
        n: sample.n,
        population,
        stratified: sample.params.stratifyBy !== 'none',
      })
    : [];
  const stored = [...sample.accountIds].sort((a, b) => a - b);
  const matches =
    methodKnown &&
    population.length === sample.populationSize &&
    redrawn.length === stored.length &&
    redrawn.every((id, i) => id === stored[i]);
  return { methodKnown, matches, redrawn: redrawn.length, populationSize: population.length };
}
