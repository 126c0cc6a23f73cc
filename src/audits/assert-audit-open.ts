import { AppError } from '../platform/http/errors.js';
import type { Audit } from './audit.js';

/** Refuses any change to what a closed audit's figures rest on. */
export function assertAuditOpen(audit: Pick<Audit, 'status'>): void {
  if (audit.status === 'closed') throw new AppError('audit_closed');
}
