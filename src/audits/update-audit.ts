import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { REPORT_FIELDS, toAudit, type Audit, type AuditScope } from './audit.js';
import { assertAuditOpen } from './assert-audit-open.js';
import { getAuditWithUnitPath } from './audit-queries.js';
import { assertAuditRefs, normaliseScope, unitForAudit } from './audit-refs.js';
import type { UpdateAuditInput } from './schemas.js';

const sameScope = (a: AuditScope, b: AuditScope) => JSON.stringify(a) === JSON.stringify(b);
const COLUMN: Record<(typeof REPORT_FIELDS)[number], string> = {
  areas: 'areas',
  purpose: 'purpose',
  scopeText: 'scope_text',
  method: 'method',
  resultsText: 'results_text',
  analysis: 'analysis',
  conclusion: 'conclusion',
};

/**
 * Changes the fields sent. The report's words may be written after closing; what the figures rest
 * on (scope, unit, year, status) may not, and the scope is fixed once a sample is drawn.
 */
export async function updateAudit(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: UpdateAuditInput,
): Promise<Audit> {
  const { audit, unitPath } = await getAuditWithUnitPath(db, id);
  authorize(actor, 'audit.manage', unitPath);
  if (input.version !== undefined && input.version !== audit.version)
    throw new AppError('stale_version');
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const set: Record<string, unknown> = {};
  const change = (name: string, column: string, from: unknown, to: unknown, stored = to) => {
    if (to === undefined || JSON.stringify(from) === JSON.stringify(to)) return;
    before[name] = from;
    after[name] = to;
    set[column] = stored;
  };
  change('title', 'title', audit.title, input.title);
  for (const field of REPORT_FIELDS) change(field, COLUMN[field], audit[field], input[field]);
  change('riskId', 'risk_id', audit.riskId, input.riskId);
  change('auditorUserId', 'auditor_user_id', audit.auditorUserId, input.auditorUserId);
  // Like the report's words, its due date may still move after closing.
  change('dueOn', 'due_on', audit.dueOn, input.dueOn);
  const unitId = input.unitId ?? audit.unitId;
  const targetPath = unitId === audit.unitId ? unitPath : await unitForAudit(db, unitId);
  const scope =
    input.scope === undefined
      ? undefined
      : await normaliseScope(db, unitId, targetPath, input.scope);
  const figuresChange = {
    year: input.year !== undefined && input.year !== audit.year,
    unit: input.unitId !== undefined && input.unitId !== audit.unitId,
    status: input.status !== undefined && input.status !== audit.status,
    scope: scope !== undefined && !sameScope(scope, audit.scope),
  };
  if (Object.values(figuresChange).some(Boolean)) assertAuditOpen(audit);
  if (figuresChange.scope && audit.sample) throw new AppError('audit_sample_drawn');
  if (figuresChange.unit) authorize(actor, 'audit.manage', targetPath);
  await assertAuditRefs(db, {
    riskId: after.riskId as number | null | undefined,
    auditorUserId: after.auditorUserId as number | null | undefined,
  });
  change('year', 'year', audit.year, input.year);
  change('unitId', 'unit_id', audit.unitId, input.unitId);
  change('status', 'status', audit.status, input.status);
  if (figuresChange.scope) change('scope', 'scope_json', audit.scope, scope, JSON.stringify(scope));
  if (Object.keys(set).length === 0) return audit;
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('audits')
      .set({ ...set, version: audit.version + 1, updated_at: clock.now().toISOString() })
      .where('id', '=', id)
      .where('version', '=', audit.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('stale_version');
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'audit.update',
      objectType: 'audit',
      objectId: id,
      unitId: row.unit_id,
      summary: row.title,
      before,
      after,
    });
    return toAudit(row);
  });
}
