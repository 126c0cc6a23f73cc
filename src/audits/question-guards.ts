import { authorize, type Actor, type Permission } from '../platform/auth/policy.js';
import type { DbOrTx, Tx } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { assertAuditOpen } from './assert-audit-open.js';
import { getAuditWithUnitPath, type AuditWithPath } from './audit-queries.js';

/** Refuses test questions on an audit of another kind. */
export function assertResponseTimeAudit(found: AuditWithPath): void {
  if (found.audit.kind !== 'response_time')
    throw new AppError('conflict', [{ path: [], message: 'questions.not_response_time' }]);
}

/** A response-time audit the actor may read (or, with 'audit.manage', change). */
export async function responseTimeAudit(
  db: DbOrTx,
  actor: Actor,
  auditId: number,
  permission: Permission = 'audit.read',
): Promise<AuditWithPath> {
  const found = await getAuditWithUnitPath(db, auditId);
  authorize(actor, permission, found.unitPath);
  assertResponseTimeAudit(found);
  return found;
}

/** An open response-time audit whose questions the actor may record and change. */
export async function writableResponseTimeAudit(
  db: DbOrTx,
  actor: Actor,
  auditId: number,
): Promise<AuditWithPath> {
  const found = await responseTimeAudit(db, actor, auditId, 'audit.manage');
  assertAuditOpen(found.audit);
  return found;
}

/**
 * Inside the writing transaction: refuses when the audit was closed meanwhile, and holds the
 * audit's row so that a close waits for this write to finish.
 */
export async function lockOpenAudit(tx: Tx, auditId: number, now: string): Promise<void> {
  const touched = await tx
    .updateTable('audits')
    .set({ updated_at: now })
    .where('id', '=', auditId)
    .where('status', '<>', 'closed')
    .executeTakeFirst();
  if (Number(touched.numUpdatedRows) === 0) throw new AppError('audit_closed');
}
