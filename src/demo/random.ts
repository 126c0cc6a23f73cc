/** A reproducible stream of pseudo-random choices. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer from min to max, both included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One value of a list of [value, weight] pairs, in proportion to the weights. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
}

/** A seeded generator (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('Cannot pick from an empty list.');
      return items[int(0, items.length - 1)] as T;
    },
    weighted<T>(choices: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (let i = 0; i < choices.length; i += 1) total += choices[i]![1];
      let roll = next() * total;
      for (let i = 0; i < choices.length; i += 1) {
        const [value, weight] = choices[i]!;
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = choices.at(-1);
      if (!last) throw new Error('Cannot choose from an empty list.');
      return last[0];
    },
  };
}
