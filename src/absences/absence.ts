import type { AbsenceRow } from '../platform/db/schema.js';

export const PERIODS = ['current', 'upcoming', 'past', 'all'] as const;
/** Which absences a list shows, by their dates against today; none given: current and upcoming. */
export type Period = (typeof PERIODS)[number];

/** A person's absence from one day to another, both included. */
export interface Absence {
  id: number;
  userId: number;
  startsOn: string;
  endsOn: string;
  note: string;
  createdAt: string;
  createdBy: number;
}

/** An absence in a list: whose it is, and how many of their accounts someone covers. */
export interface AbsenceSummary extends Absence {
  userName: string;
  accounts: number;
  covered: number;
}

/** An account the absent person answers for, and who covers it during the absence. */
export interface AbsenceAccount {
  accountId: number;
  displayName: string;
  handle: string;
  platform: string;
  unitName: string;
  role: 'owner' | 'deputy';
  coverUserId: number | null;
  coverName: string | null;
}

/** Maps a database row to the domain type. */
export function toAbsence(row: AbsenceRow): Absence {
  return {
    id: row.id,
    userId: row.user_id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** Whether the absence is under way, still to come or over, on `today`. */
export function absenceTiming(a: Pick<Absence, 'startsOn' | 'endsOn'>, today: string) {
  if (a.endsOn < today) return 'past' as const;
  if (a.startsOn > today) return 'upcoming' as const;
  return 'current' as const;
}
