import type { ConfirmationRoundRow } from '../platform/db/schema.js';

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** What the people of an account answered in a round; null while unanswered. */
export const OUTCOMES = ['confirmed', 'corrected', 'closed', 'gone'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The answers that say the account no longer exists. */
export const ENDED_OUTCOMES = ['closed', 'gone'] as const;
export type EndedOutcome = (typeof ENDED_OUTCOMES)[number];

/** A yearly confirmation round over a unit and everything below it. */
export interface Round {
  id: number;
  unitId: number;
  title: string;
  year: number;
  opensOn: string;
  closesOn: string;
  status: RoundStatus;
  /** Null when the policy's schedule opened it. */
  createdBy: number | null;
  createdAt: string;
  closedAt: string | null;
  closedBy: number | null;
}

/** A round with the unit it covers. */
export interface RoundWithUnit extends Round {
  unitName: string;
  unitPath: string;
}

/** Maps a database row to the domain type. */
export function toRound(row: ConfirmationRoundRow): Round {
  return {
    id: row.id,
    unitId: row.unit_id,
    title: row.title,
    year: row.year,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status as RoundStatus,
    createdBy: row.created_by,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
  };
}

/** Answer counts of a set of items. */
export interface OutcomeCounts {
  total: number;
  confirmed: number;
  corrected: number;
  closed: number;
  gone: number;
  unanswered: number;
}

/** Counts with nothing in them, to add to. */
export const noOutcomes = (): OutcomeCounts => ({
  total: 0,
  confirmed: 0,
  corrected: 0,
  closed: 0,
  gone: 0,
  unanswered: 0,
});

/** Adds `n` items with this outcome to the counts. */
export function addOutcome(counts: OutcomeCounts, outcome: string | null, n: number): void {
  counts.total += n;
  if (outcome === null) counts.unanswered += n;
  else if ((OUTCOMES as readonly string[]).includes(outcome)) counts[outcome as Outcome] += n;
}

/** The share of items answered, from 0 to 1 (1 when there is nothing to answer). */
export const answeredShare = (c: OutcomeCounts): number =>
  c.total === 0 ? 1 : (c.total - c.unanswered) / c.total;
