import type { DbOrTx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import type { AuditScope } from './audit.js';

/** The path of the unit an audit is for; a field error when there is no such unit. */
export async function unitForAudit(db: DbOrTx, unitId: number): Promise<string> {
  const unit = await db
    .selectFrom('units')
    .select('path')
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw fieldError('unitId', 'audits.unit_required');
  return unit.path;
}

/** Refuses an unknown risk or an auditor who is not an active user. */
export async function assertAuditRefs(
  db: DbOrTx,
  input: {
    riskId?: number | null;
    auditorUserId?: number | null;
  },
): Promise<void> {
  if (input.riskId) {
    const risk = await db
      .selectFrom('ic_risks')
      .select('id')
      .where('id', '=', input.riskId)
      .executeTakeFirst();
    if (!risk) throw fieldError('riskId', 'audits.risk_unknown');
  }
  if (input.auditorUserId) {
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('id', '=', input.auditorUserId)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!user) throw fieldError('auditorUserId', 'audits.auditor_unknown');
  }
}

/**
 * The scope as stored: no unit chosen means the audit's own unit; a chosen unit must lie within
 * it, so that an audit never reaches accounts outside the committee it is made for.
 */
export async function normaliseScope(
  db: DbOrTx,
  unitId: number,
  unitPath: string,
  scope: AuditScope,
): Promise<AuditScope> {
  const unitIds = [...new Set(scope.unitIds)].sort((a, b) => a - b);
  if (unitIds.length === 0) return { ...scope, unitIds: [unitId] };
  const found = await db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('id', 'in', unitIds)
    .execute();
  if (found.length !== unitIds.length) throw fieldError('scope', 'audits.scope_unit_unknown');
  if (found.some((u) => !u.path.startsWith(unitPath)))
    throw fieldError('scope', 'audits.scope_outside_unit');
  return {
    unitIds,
    platforms: [...new Set(scope.platforms)].sort(),
    types: [...new Set(scope.types)].sort(),
    statuses: [...new Set(scope.statuses)].sort(),
  };
}
