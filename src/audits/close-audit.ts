import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { toAudit, type Audit } from './audit.js';
import { assertAuditOpen } from './assert-audit-open.js';
import { getAuditWithUnitPath } from './audit-queries.js';
import { computeAuditResults } from './audit-results.js';

/** Whether anything the figures rest on has been recorded. */
async function hasRecords(db: Db, audit: Audit): Promise<boolean> {
  if (audit.kind === 'spot_check') return !!audit.sample;
  const row = await db
    .selectFrom('audit_questions')
    .select('id')
    .where('audit_id', '=', audit.id)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** Closes an audit: its figures are computed once more and frozen; they never change after. */
export async function closeAudit(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  version?: number,
): Promise<Audit> {
  const found = await getAuditWithUnitPath(db, id);
  authorize(actor, 'audit.manage', found.unitPath);
  assertAuditOpen(found.audit);
  if (version !== undefined && version !== found.audit.version) throw new AppError('stale_version');
  if (!(await hasRecords(db, found.audit))) throw new AppError('audit_empty');
  const now = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    // Closed first: the row lock makes a question or check written meanwhile wait, then see it
    // closed; the figures computed after it in the same transaction are the ones frozen.
    const closed = await tx
      .updateTable('audits')
      .set({
        status: 'closed',
        closed_at: now,
        closed_by: actor.userId,
        version: found.audit.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', found.audit.version)
      .where('status', '<>', 'closed')
      .returning('id')
      .executeTakeFirst();
    if (!closed) throw new AppError('stale_version');
    const results = await computeAuditResults(tx, found);
    const row = await tx
      .updateTable('audits')
      .set({ results_json: JSON.stringify(results) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'audit.close',
      objectType: 'audit',
      objectId: id,
      unitId: row.unit_id,
      summary: row.title,
      before: { status: found.audit.status },
      after: { status: 'closed' },
    });
    return toAudit(row);
  });
}
