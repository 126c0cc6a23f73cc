import type { DbOrTx } from '../platform/db/database.js';
import type { AuditWithPath } from './audit-queries.js';

/** The results of a spot check, as frozen at closing and returned by the API. */
export interface SpotCheckResults {
  kind: 'spot_check';
}

/** Computes a spot check's results from its sample and checks as they stand. */
export async function computeSpotCheckResults(
  _db: DbOrTx,
  _found: AuditWithPath,
): Promise<SpotCheckResults> {
  return { kind: 'spot_check' };
}
