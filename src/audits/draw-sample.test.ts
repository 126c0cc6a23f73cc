import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, drawSample, newSeed, type PopulationItem } from './draw-sample.js';

const population = (size: number, strata = ['facebook', 'instagram', 'x']): PopulationItem[] =>
  Array.from({ length: size }, (_, i) => ({
    id: i * 3 + 7,
    stratum: strata[(i % 7) % strata.length],
  }));

describe('drawing the sample', () => {
  it('gives the same sample for the same seed and population, whatever their order', () => {
    const items = population(342);
    const first = drawSample({
      seed: 'revision-2026',
      n: 52,
      population: items,
      stratified: false,
    });
    const again = drawSample({
      seed: 'revision-2026',
      n: 52,
      population: [...items].reverse(),
      stratified: false,
    });
    expect(first).toEqual(again);
    expect(first).toHaveLength(52);
    expect(new Set(first).size).toBe(52);
    expect(first.every((id) => items.some((i) => i.id === id))).toBe(true);
  });

  it('gives another sample for another seed', () => {
    const items = population(342);
    const a = drawSample({ seed: 'a', n: 52, population: items, stratified: false });
    const b = drawSample({ seed: 'b', n: 52, population: items, stratified: false });
    expect(a).not.toEqual(b);
  });

  it('is the whole population when n reaches its size', () => {
    const items = population(20);
    expect(drawSample({ seed: 's', n: 50, population: items, stratified: false })).toEqual(
      items.map((i) => i.id),
    );
  });

  it('gives each stratum its proportional share', () => {
    const items = [
      ...Array.from({ length: 60 }, (_, i) => ({ id: i + 1, stratum: 'förskola' })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: i + 101, stratum: 'skola' })),
      ...Array.from({ length: 10 }, (_, i) => ({ id: i + 201, stratum: 'bibliotek' })),
    ];
    const sample = drawSample({ seed: 'strata', n: 20, population: items, stratified: true });
    expect(sample.filter((id) => id <= 60)).toHaveLength(12);
    expect(sample.filter((id) => id > 100 && id <= 130)).toHaveLength(6);
    expect(sample.filter((id) => id > 200)).toHaveLength(2);
  });

  it('shares by largest remainder and never more than a stratum holds', () => {
    expect(
      Object.fromEntries(
        allocate(
          new Map([
            ['a', 1],
            ['b', 1],
            ['c', 1],
          ]),
          2,
        ),
      ),
    ).toEqual({ a: 1, b: 1, c: 0 });
    expect(
      Object.fromEntries(
        allocate(
          new Map([
            ['a', 2],
            ['b', 100],
          ]),
          50,
        ),
      ),
    ).toEqual({ a: 1, b: 49 });
    expect(
      Object.fromEntries(
        allocate(
          new Map([
            ['a', 0],
            ['b', 5],
          ]),
          5,
        ),
      ),
    ).toEqual({ a: 0, b: 5 });
  });

  it('re-draws identically for any seed, population and size (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 0, max: 500 }),
        fc.boolean(),
        (seed, ids, n, stratified) => {
          const items = ids.map((id) => ({ id, stratum: String(id % 4) }));
          const one = drawSample({ seed, n, population: items, stratified });
          const two = drawSample({ seed, n, population: [...items].reverse(), stratified });
          expect(one).toEqual(two);
          expect(one).toHaveLength(Math.min(n, ids.length));
          expect(new Set(one).size).toBe(one.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes new seeds that differ', () => {
    expect(newSeed()).toMatch(/^[0-9a-f]{16}$/);
    expect(newSeed()).not.toBe(newSeed());
  });

  it('spreads its picks evenly over the population', () => {
    const items = population(100);
    const hits = new Map<number, number>();
    for (let s = 0; s < 2000; s++)
      for (const id of drawSample({ seed: `s${s}`, n: 10, population: items, stratified: false }))
        hits.set(id, (hits.get(id) ?? 0) + 1);
    // Each item is expected 200 times; allow generous chance variation.
    for (const item of items) expect(hits.get(item.id) ?? 0).toBeGreaterThan(140);
    for (const item of items) expect(hits.get(item.id) ?? 0).toBeLessThan(260);
  });
});
