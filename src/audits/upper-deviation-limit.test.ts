import { describe, expect, it } from 'vitest';
import { hypergeometricCdf } from './hypergeometric.js';
import { sampleSize } from './sample-size.js';
import { supportsReliance, upperDeviationLimit } from './upper-deviation-limit.js';

const limit = (assessed: number, deviations: number, population: number, confidence = 0.95) =>
  upperDeviationLimit({ assessed, deviations, population, confidence });

describe('the upper deviation limit', () => {
  // The AICPA evaluation table for tests of controls, 5 % risk of overreliance, in per cent.
  it.each([
    [25, 0, 11.3],
    [25, 1, 17.6],
    [50, 0, 5.8],
    [50, 1, 9.1],
    [50, 2, 12.1],
    [50, 3, 14.8],
    [59, 0, 5.0],
    [93, 1, 5.0],
    [100, 0, 3.0],
    [100, 1, 4.7],
    [100, 2, 6.2],
    [200, 0, 1.5],
  ])('n = %i with %i deviations in a large population → %s per cent', (n, k, table) => {
    expect(limit(n, k, 1_000_000)!.rate * 100).toBeCloseTo(table, 1);
  });

  it('is the largest D/N still consistent with the sample at the chosen confidence', () => {
    const found = limit(52, 0, 342)!;
    expect(found).toEqual({ deviations: 17, rate: 17 / 342 });
    expect(hypergeometricCdf(0, 342, 17, 52)).toBeGreaterThan(0.05);
    expect(hypergeometricCdf(0, 342, 18, 52)).toBeLessThanOrEqual(0.05);
  });

  it('is the observed rate itself in a full review', () => {
    expect(limit(342, 3, 342)).toEqual({ deviations: 3, rate: 3 / 342 });
    expect(limit(10, 0, 10)).toEqual({ deviations: 0, rate: 0 });
  });

  it('rises with the deviations found and with the confidence asked', () => {
    expect(limit(100, 2, 5000)!.rate).toBeGreaterThan(limit(100, 1, 5000)!.rate);
    expect(limit(100, 1, 5000, 0.99)!.rate).toBeGreaterThan(limit(100, 1, 5000, 0.9)!.rate);
  });

  it('is unknown when nothing was assessed, and refuses impossible counts', () => {
    expect(limit(0, 0, 342)).toBeNull();
    expect(() => limit(5, 6, 342)).toThrow(RangeError);
    expect(() => limit(400, 0, 342)).toThrow(RangeError);
    expect(() => limit(10, 0, 342, 1)).toThrow(RangeError);
  });

  it('allows every deviation when all assessed items deviate', () => {
    expect(limit(5, 5, 100)).toEqual({ deviations: 100, rate: 1 });
  });
});

describe('the verdict against the tolerable rate', () => {
  it('supports reliance when the computed sample shows no more deviations than it allows', () => {
    for (const population of [50, 100, 200, 342, 10_000]) {
      const size = sampleSize({
        confidence: 0.95,
        tolerableRate: 0.05,
        expectedRate: 0,
        population,
      });
      const found = limit(size.n, 0, population)!;
      expect(supportsReliance(found, 0.05, population)).toBe(true);
      expect(supportsReliance(limit(size.n, 1, population)!, 0.05, population)).toBe(false);
    }
  });

  it('does not support reliance when the limit reaches the tolerable rate', () => {
    expect(supportsReliance({ deviations: 5, rate: 0.05 }, 0.05, 100)).toBe(false);
    expect(supportsReliance({ deviations: 4, rate: 0.04 }, 0.05, 100)).toBe(true);
  });
});
