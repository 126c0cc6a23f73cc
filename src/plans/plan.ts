import type { IcPlanRow, IcRiskRow } from '../platform/db/schema.js';

/** How the committee answers a risk: accept it, act on it at once, or audit it. */
export const RISK_RESPONSES = ['accept', 'direct_action', 'audit'] as const;
export type RiskResponse = (typeof RISK_RESPONSES)[number];

/** The steps of both axes of the matrix, likelihood and impact alike: 1 (lowest) to 4. */
export const RISK_SCALE = [1, 2, 3, 4] as const;
export type RiskStep = (typeof RISK_SCALE)[number];

/** The level words of a score, lowest first. */
export const RISK_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * The highest score of each level. A 4 × 4 matrix only yields the products 1, 2, 3, 4, 6, 8,
 * 9, 12 and 16, so the bands are low 1–3, medium 4–6, high 8–9 and very high 12–16: the
 * green, yellow, orange and red fields of the matrix Swedish municipalities commonly use
 * (SKR's model for internal control). They put the single worst step on one axis with a
 * middling one on the other (4 × 2 = 8) in "high", and only 3 × 4 or worse in "very high".
 */
const LEVEL_CEILINGS: Record<RiskLevel, number> = { low: 3, medium: 6, high: 9, very_high: 16 };

/** A yearly internal-control plan (internkontrollplan) of one committee or unit. */
export interface Plan {
  id: number;
  unitId: number;
  year: number;
  title: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** A risk of a plan, scored likelihood × impact, with the committee's response to it. */
export interface Risk {
  id: number;
  planId: number;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  response: RiskResponse;
  responseNote: string;
  createdAt: string;
  updatedAt: string;
}

/** An audit linked to a risk, as the plan shows it. */
export interface LinkedAudit {
  id: number;
  riskId: number;
  title: string;
  kind: string;
  status: string;
  year: number;
}

/** Maps a database row to the domain type. */
export function toPlan(row: IcPlanRow): Plan {
  return {
    id: row.id,
    unitId: row.unit_id,
    year: row.year,
    title: row.title,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a database row to the domain type. */
export function toRisk(row: IcRiskRow): Risk {
  return {
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    description: row.description,
    likelihood: row.likelihood,
    impact: row.impact,
    response: row.response as RiskResponse,
    responseNote: row.response_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The risk value: likelihood × impact, 1 to 16. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The level word of a score (see LEVEL_CEILINGS for the bands). */
export function riskLevel(score: number): RiskLevel {
  return RISK_LEVELS.find((level) => score <= LEVEL_CEILINGS[level]) ?? 'very_high';
}

/** Every score the matrix can give, lowest first. */
export const POSSIBLE_SCORES: readonly number[] = [
  ...new Set(RISK_SCALE.flatMap((l) => RISK_SCALE.map((i) => riskScore(l, i)))),
].sort((a, b) => a - b);

/** The lowest and highest possible score of each level, for the legend beside the matrix. */
export function levelBands(): { level: RiskLevel; from: number; to: number }[] {
  return RISK_LEVELS.map((level) => {
    const scores = POSSIBLE_SCORES.filter((s) => riskLevel(s) === level);
    return { level, from: scores[0]!, to: scores[scores.length - 1]! };
  });
}

/** Risks by score, highest first; equal scores by impact, then in Swedish order of title. */
export function byScore(risks: readonly Risk[]): Risk[] {
  const collator = new Intl.Collator('sv');
  return [...risks].sort(
    (a, b) =>
      riskScore(b.likelihood, b.impact) - riskScore(a.likelihood, a.impact) ||
      b.impact - a.impact ||
      collator.compare(a.title, b.title) ||
      a.id - b.id,
  );
}
