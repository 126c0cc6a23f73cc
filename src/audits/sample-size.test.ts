import { describe, expect, it } from 'vitest';
import { hypergeometricCdf, logFactorial } from './hypergeometric.js';
import { sampleSize } from './sample-size.js';

const zeroExpected = (population: number) =>
  sampleSize({ confidence: 0.95, tolerableRate: 0.05, expectedRate: 0, population });

describe('the sample size (PRODUCT.md, "Sampling")', () => {
  it.each([
    [50, 31],
    [100, 45],
    [200, 51],
    [342, 52],
    [100_000, 59],
    [1_000_000, 59],
  ])('95 %% confidence, 5 %% tolerable, none expected: N = %i → %i', (population, n) => {
    expect(zeroExpected(population).n).toBe(n);
  });

  it('matches ln(1 − c) / ln(1 − t) for a large population', () => {
    expect(zeroExpected(1_000_000).n).toBe(Math.ceil(Math.log(0.05) / Math.log(0.95)));
  });

  it('allows one deviation in 93 at 1 % expected (the AICPA table)', () => {
    const size = sampleSize({
      confidence: 0.95,
      tolerableRate: 0.05,
      expectedRate: 0.01,
      population: 1_000_000,
    });
    expect(size).toMatchObject({ n: 93, allowedDeviations: 1 });
  });

  it('shows its reasoning: deviations assumed, allowed, and the risk achieved', () => {
    const size = zeroExpected(342);
    expect(size).toMatchObject({
      populationDeviations: 18,
      allowedDeviations: 0,
      fullReview: false,
    });
    expect(size.risk).toBeLessThanOrEqual(0.05);
    // One fewer would leave more than 5 % risk.
    expect(size.risk).toBeGreaterThan(0.04);
  });

  it('reviews everything when the population is too small to sample', () => {
    expect(zeroExpected(5)).toMatchObject({ n: 5, fullReview: true });
    expect(zeroExpected(1)).toMatchObject({ n: 1, fullReview: true });
  });

  it('refuses rates that make no sense', () => {
    const base = { confidence: 0.95, tolerableRate: 0.05, expectedRate: 0, population: 100 };
    expect(() => sampleSize({ ...base, confidence: 1 })).toThrow(RangeError);
    expect(() => sampleSize({ ...base, tolerableRate: 0 })).toThrow(RangeError);
    expect(() => sampleSize({ ...base, expectedRate: 0.05 })).toThrow(RangeError);
    expect(() => sampleSize({ ...base, population: 0 })).toThrow(RangeError);
  });
});

describe('the hypergeometric distribution', () => {
  it('computes ln(n!) exactly enough on both sides of the table', () => {
    const exact = (n: number) =>
      Array.from({ length: n }, (_, i) => Math.log(i + 1)).reduce((a, b) => a + b, 0);
    for (const n of [0, 1, 10, 255, 256, 1000, 100_000])
      expect(Math.abs(logFactorial(n) - exact(n)) / Math.max(1, exact(n))).toBeLessThan(1e-12);
  });

  it('agrees with a hand count on a small urn', () => {
    // 10 balls, 3 red, draw 4: P(no red) = C(7,4)/C(10,4) = 35/210.
    expect(hypergeometricCdf(0, 10, 3, 4)).toBeCloseTo(35 / 210, 12);
    // P(at most one red) = (35 + 3·35)/210.
    expect(hypergeometricCdf(1, 10, 3, 4)).toBeCloseTo(140 / 210, 12);
    expect(hypergeometricCdf(3, 10, 3, 4)).toBeCloseTo(1, 12);
  });
});
