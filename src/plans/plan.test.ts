import { describe, expect, it } from 'vitest';
import { byScore, levelBands, POSSIBLE_SCORES, riskLevel, riskScore, type Risk } from './plan.js';

const risk = (id: number, title: string, likelihood: number, impact: number): Risk => ({
  id,
  planId: 1,
  title,
  description: '',
  likelihood,
  impact,
  response: 'accept',
  responseNote: '',
  createdAt: '',
  updatedAt: '',
});

describe('the risk value', () => {
  it('is likelihood times impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(4, 4)).toBe(16);
  });

  it('can only be one of the products a 4 × 4 matrix gives', () => {
    expect(POSSIBLE_SCORES).toEqual([1, 2, 3, 4, 6, 8, 9, 12, 16]);
  });
});

describe('the level of a risk value', () => {
  it('is low for 1–3, medium for 4–6, high for 8–9 and very high for 12–16', () => {
    expect([1, 2, 3].map(riskLevel)).toEqual(['low', 'low', 'low']);
    expect([4, 6].map(riskLevel)).toEqual(['medium', 'medium']);
    expect([8, 9].map(riskLevel)).toEqual(['high', 'high']);
    expect([12, 16].map(riskLevel)).toEqual(['very_high', 'very_high']);
  });

  it('puts the worst step on one axis with a middling one on the other in high', () => {
    expect(riskLevel(riskScore(4, 2))).toBe('high');
    expect(riskLevel(riskScore(2, 4))).toBe('high');
    expect(riskLevel(riskScore(4, 3))).toBe('very_high');
  });

  it('gives each level five, five, three and three of the sixteen cells', () => {
    const cells = [1, 2, 3, 4].flatMap((l) => [1, 2, 3, 4].map((i) => riskLevel(riskScore(l, i))));
    const count = (level: string) => cells.filter((c) => c === level).length;
    expect([count('low'), count('medium'), count('high'), count('very_high')]).toEqual([
      5, 5, 3, 3,
    ]);
  });

  it('is described for the legend by the scores each level can really have', () => {
    expect(levelBands()).toEqual([
      { level: 'low', from: 1, to: 3 },
      { level: 'medium', from: 4, to: 6 },
      { level: 'high', from: 8, to: 9 },
      { level: 'very_high', from: 12, to: 16 },
    ]);
  });
});

describe('risks by score', () => {
  it('come highest first, then by impact, then in Swedish order of title', () => {
    const sorted = byScore([
      risk(1, 'Ärenden tappas', 2, 2),
      risk(2, 'Öppna konton', 4, 4),
      risk(3, 'Bilder på barn', 2, 3),
      risk(4, 'Avslutade konton', 3, 2),
      risk(5, 'Zebra', 2, 2),
    ]);
    expect(sorted.map((r) => r.id)).toEqual([2, 3, 4, 5, 1]);
  });
});
