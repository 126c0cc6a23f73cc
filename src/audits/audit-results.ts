import type { DbOrTx } from '../platform/db/database.js';
import type { AuditWithPath } from './audit-queries.js';
import { computeResponseTimeResults, type ResponseTimeResults } from './response-time-results.js';
import { computeSpotCheckResults, type SpotCheckResults } from './spot-check-results.js';

/** The results of either kind of audit. */
export type AuditResults = ResponseTimeResults | SpotCheckResults;

/** Computes an audit's results from what is recorded now. */
export function computeAuditResults(db: DbOrTx, found: AuditWithPath): Promise<AuditResults> {
  return found.audit.kind === 'response_time'
    ? computeResponseTimeResults(db, found)
    : computeSpotCheckResults(db, found);
}

/** An audit's results: frozen at closing, computed from what is recorded while it is open. */
export async function auditResults(db: DbOrTx, found: AuditWithPath): Promise<AuditResults> {
  if (found.row.results_json) return JSON.parse(found.row.results_json) as AuditResults;
  return computeAuditResults(db, found);
}
