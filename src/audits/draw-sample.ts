import { createHash } from 'node:crypto';

/** The version of the drawing method, stored with every draw so a re-draw uses the same one. */
export const DRAW_METHOD = 'sha256-xorshift128+-fisher-yates-v1';

/** One member of the population drawn from, with its stratum when the draw is stratified. */
export interface PopulationItem {
  id: number;
  stratum?: string;
}

/** What a draw needs to be repeated exactly: the seed, the size and the population (ids). */
export interface DrawInput {
  seed: string;
  n: number;
  population: PopulationItem[];
  stratified: boolean;
}

/** A seeded generator of doubles in [0, 1): xorshift128+ started from SHA-256 of the seed. */
function generator(seed: string): () => number {
  const digest = createHash('sha256').update(seed).digest();
  let s0 = digest.readBigUInt64LE(0) | 1n;
  let s1 = digest.readBigUInt64LE(8);
  const mask = (1n << 64n) - 1n;
  return () => {
    let x = s0;
    const y = s1;
    s0 = y;
    x ^= (x << 23n) & mask;
    s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    // The top 53 bits make an evenly spread double.
    return Number(((s1 + y) & mask) >> 11n) / 2 ** 53;
  };
}

/** Picks k of the items: a partial Fisher–Yates shuffle over the items in id order. */
function pick(items: PopulationItem[], k: number, seed: string): number[] {
  const ids = items.map((i) => i.id).sort((a, b) => a - b);
  const random = generator(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (ids.length - i));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, k).sort((a, b) => a - b);
}

/** Shares n over strata in proportion to their size (largest remainder; ties by stratum name). */
export function allocate(sizes: Map<string, number>, n: number): Map<string, number> {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const shares = [...sizes].map(([stratum, size]) => {
    const exact = total === 0 ? 0 : (n * size) / total;
    return { stratum, size, whole: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = n - shares.reduce((a, s) => a + s.whole, 0);
  const byRest = [...shares].sort((a, b) => b.rest - a.rest || a.stratum.localeCompare(b.stratum));
  for (const share of byRest) {
    if (left === 0) break;
    if (share.whole < share.size) {
      share.whole++;
      left--;
    }
  }
  return new Map(shares.map((s) => [s.stratum, Math.min(s.whole, s.size)]));
}

/**
 * Draws the sample: the same seed over the same population always gives the same ids, whatever
 * order the population is listed in. Stratified, each stratum gets its proportional share.
 */
export function drawSample(input: DrawInput): number[] {
  const n = Math.min(input.n, input.population.length);
  if (!input.stratified) return pick(input.population, n, input.seed);
  const strata = new Map<string, PopulationItem[]>();
  for (const item of input.population) {
    const key = item.stratum ?? '';
    const members = strata.get(key);
    if (members) members.push(item);
    else strata.set(key, [item]);
  }
  const shares = allocate(new Map([...strata].map(([k, v]) => [k, v.length])), n);
  return [...strata]
    .flatMap(([stratum, items]) =>
      pick(items, shares.get(stratum) ?? 0, `${input.seed}/${stratum}`),
    )
    .sort((a, b) => a - b);
}

/** A new seed for a draw: random, printable, recorded with the audit. */
export function newSeed(): string {
  return createHash('sha256')
    .update(crypto.getRandomValues(new Uint8Array(16)))
    .digest('hex')
    .slice(0, 16);
}
