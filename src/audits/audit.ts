import { z } from 'zod';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES } from '../accounts/account.js';
import type { AuditRow } from '../platform/db/schema.js';
import type { PopulationItem } from './draw-sample.js';
import type { SampleSize } from './sample-size.js';

export const AUDIT_KINDS = ['response_time', 'spot_check'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_STATUSES = ['planned', 'in_progress', 'closed'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** The accounts in scope, as a register filter; an empty list means any. Units include subunits. */
export const auditScopeSchema = z.object({
  unitIds: z.array(z.number().int().positive()).default([]),
  platforms: z.array(z.string().min(1).max(40)).default([]),
  types: z.array(z.enum(ACCOUNT_TYPES)).default([]),
  statuses: z.array(z.enum(ACCOUNT_STATUSES)).default([]),
});
export type AuditScope = z.infer<typeof auditScopeSchema>;

export const SAMPLE_MODES = ['computed', 'chosen', 'full'] as const;
export type SampleMode = (typeof SAMPLE_MODES)[number];
export const STRATA = ['none', 'unit', 'platform'] as const;
export type Stratum = (typeof STRATA)[number];

/** What the auditor chose for the sample of a spot check. */
export interface SampleParams {
  mode: SampleMode;
  confidence: number;
  tolerableRate: number;
  expectedRate: number;
  /** The size the auditor chose, when mode is `chosen`. */
  chosenSize: number | null;
  stratifyBy: Stratum;
}

/** A drawn sample: everything needed to draw it again and get the same accounts. */
export interface SampleRecord {
  params: SampleParams;
  seed: string;
  method: string;
  n: number;
  populationSize: number;
  /** The computed size and its reasoning; null when chosen or a full review. */
  reasoning: SampleSize | null;
  drawnAt: string;
  drawnBy: number;
  accountIds: number[];
}

/** An earlier audit known only from its report: the totals as they were published. */
export const auditTotalsSchema = z.object({
  asked: z.number().int().min(0),
  answered: z.number().int().min(0),
  within: z.number().int().min(0),
  late: z.number().int().min(0).optional(),
  signed: z.number().int().min(0).optional(),
});
export type AuditTotals = z.infer<typeof auditTotalsSchema>;

/** The report fields of an audit, as a Swedish audit report has them. */
export const REPORT_FIELDS = [
  'areas',
  'purpose',
  'scopeText',
  'method',
  'resultsText',
  'analysis',
  'conclusion',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** An internal-control audit (granskning): a response-time test or a spot check. */
export interface Audit {
  id: number;
  kind: AuditKind;
  title: string;
  year: number;
  riskId: number | null;
  unitId: number;
  auditorUserId: number | null;
  areas: string;
  purpose: string;
  scopeText: string;
  method: string;
  resultsText: string;
  analysis: string;
  conclusion: string;
  scope: AuditScope;
  status: AuditStatus;
  /** Set for an earlier audit entered only as its totals. */
  totals: AuditTotals | null;
  sample: SampleRecord | null;
  closedAt: string | null;
  closedBy: number | null;
  /** The day the report is to be ready; it shows in calendar feeds. */
  dueOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Maps a database row to the domain type (the population and frozen results stay in the row). */
export function toAudit(row: AuditRow): Audit {
  return {
    id: row.id,
    kind: row.kind as AuditKind,
    title: row.title,
    year: row.year,
    riskId: row.risk_id,
    unitId: row.unit_id,
    auditorUserId: row.auditor_user_id,
    areas: row.areas,
    purpose: row.purpose,
    scopeText: row.scope_text,
    method: row.method,
    resultsText: row.results_text,
    analysis: row.analysis,
    conclusion: row.conclusion,
    scope: auditScopeSchema.parse(JSON.parse(row.scope_json)),
    status: row.status as AuditStatus,
    totals: row.totals_json ? auditTotalsSchema.parse(JSON.parse(row.totals_json)) : null,
    sample: row.sample_json ? (JSON.parse(row.sample_json) as SampleRecord) : null,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    dueOn: row.due_on,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The population snapshot a sample was drawn from. */
export function populationOf(row: Pick<AuditRow, 'population_json'>): PopulationItem[] {
  return row.population_json ? (JSON.parse(row.population_json) as PopulationItem[]) : [];
}
