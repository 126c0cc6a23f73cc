import type { Selectable } from 'kysely';
import type { HandoverTasksTable } from '../platform/db/schema.js';

/** Why a person can no longer answer for their accounts. */
export const HANDOVER_REASONS = ['departed', 'moved'] as const;
export type HandoverReason = (typeof HANDOVER_REASONS)[number];

/** Open tasks wait for decisions; done ones have nothing left to hand over. */
export const HANDOVER_STATUSES = ['open', 'done'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/** What becomes of one account: a successor takes the role, nobody does, or the person keeps it. */
export const HANDOVER_DECISIONS = ['successor', 'remove', 'keep'] as const;
export type HandoverDecisionKind = (typeof HANDOVER_DECISIONS)[number];

/** A unit manager's task to hand over the accounts of a person who left or moved. */
export interface HandoverTask {
  id: number;
  userId: number;
  unitId: number;
  reason: HandoverReason;
  createdAt: string;
  createdBy: number | null;
  completedAt: string | null;
  completedBy: number | null;
}

/** Maps a database row to the domain type. */
export function toHandoverTask(row: Selectable<HandoverTasksTable>): HandoverTask {
  return {
    id: row.id,
    userId: row.user_id,
    unitId: row.unit_id,
    reason: row.reason as HandoverReason,
    createdAt: row.created_at,
    createdBy: row.created_by,
    completedAt: row.completed_at,
    completedBy: row.completed_by,
  };
}

/** Roles on an account from the strongest down; a successor never loses a stronger role. */
const ROLE_RANK: Record<string, number> = { owner: 3, deputy: 2, external: 1 };

/** The stronger of two roles on an account. */
export function strongerRole(a: string, b: string): string {
  return (ROLE_RANK[a] ?? 0) >= (ROLE_RANK[b] ?? 0) ? a : b;
}
