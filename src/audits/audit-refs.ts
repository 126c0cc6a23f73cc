import type { DbOrTx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';

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

/** Refuses an unknown risk, an auditor who is not an active user, or scope units that do not exist. */
export async function assertAuditRefs(
  db: DbOrTx,
  input: {
    riskId?: number | null;
    auditorUserId?: number | null;
    scope?: { unitIds: number[] };
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
  const unitIds = input.scope?.unitIds ?? [];
  if (unitIds.length > 0) {
    const found = await db.selectFrom('units').select('id').where('id', 'in', unitIds).execute();
    if (found.length !== new Set(unitIds).size)
      throw fieldError('scope', 'audits.scope_unit_unknown');
  }
}
