import type { DbOrTx } from '../platform/db/database.js';
import type { AuditWithPath } from './audit-queries.js';

/** The results of a response-time audit, as frozen at closing and returned by the API. */
export interface ResponseTimeResults {
  kind: 'response_time';
}

/** Computes a response-time audit's results from its test questions as they stand. */
export async function computeResponseTimeResults(
  _db: DbOrTx,
  _found: AuditWithPath,
): Promise<ResponseTimeResults> {
  return { kind: 'response_time' };
}
