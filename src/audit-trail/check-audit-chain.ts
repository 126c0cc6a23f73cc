import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { forbidden } from '../platform/http/errors.js';
import { auditScope } from './list-audit-events.js';
import { verifyAuditChain } from './verify-audit-chain.js';

/**
 * Verifies the whole chain on request. Only those who may read the whole trail may ask:
 * the answer names events outside any narrower scope.
 */
export async function checkAuditChain(db: DbOrTx, actor: Actor) {
  if ((await auditScope(db, actor)) !== 'all') throw forbidden();
  return verifyAuditChain(db);
}
