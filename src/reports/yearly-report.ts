import type { OutcomeCounts } from '../confirmation/round.js';

/** The figures of one part of the organisation for a year. */
export interface ReportCounts {
  /** Registered during the year. */
  new: number;
  /** Open (not closed or gone) at the year's end, or today while the year runs. */
  existing: number;
  /** Became closed during the year, by the date the change took effect. */
  closed: number;
  /** Became gone (deleted by the platform or lost) during the year. */
  gone: number;
  /** Confirmed by their people at least once during the year. */
  confirmed: number;
  /**
   * Closing at the period's end with their closure blocked (the deletion could not be done):
   * among the existing, counted apart. Reports kept before this figure existed lack it.
   */
  blocked: number;
}

/** A unit's own accounts (not those of the units below it). */
export interface UnitFigures {
  unitId: number;
  /** The unit with its parent, e.g. "Grundskolan › Ekbackens skola". */
  label: string;
  /** Levels below the report's unit (0: the unit itself). */
  depth: number;
  counts: ReportCounts;
}

/** A platform's accounts. */
export interface PlatformFigures {
  platform: string;
  name: string;
  counts: ReportCounts;
}

/** How often one field was changed during the year, and in how many accounts. */
export interface FieldChanges {
  field: string;
  changes: number;
  accounts: number;
}

/** A confirmation round of the year and what the accounts' people answered. */
export interface RoundOutcomes {
  id: number;
  title: string;
  status: string;
  opensOn: string;
  closesOn: string;
  outcomes: OutcomeCounts;
}

/** The yearly account report: new, existing and closed accounts, and what changed. */
export interface YearlyReport {
  year: number;
  unit: { id: number; name: string };
  /** The first day counted, YYYY-01-01. */
  from: string;
  /** The last day counted: the year's last day, or today while the year runs. */
  to: string;
  /** Whether the year is over. */
  complete: boolean;
  generatedAt: string;
  total: ReportCounts;
  units: UnitFigures[];
  /** Accounts by status at the end of the period, among those registered by then. */
  statuses: { status: string; count: number }[];
  platforms: PlatformFigures[];
  changes: FieldChanges[];
  rounds: RoundOutcomes[];
}

/** Counts with nothing in them, to add to. */
export const noCounts = (): ReportCounts => ({
  new: 0,
  existing: 0,
  closed: 0,
  gone: 0,
  confirmed: 0,
  blocked: 0,
});
