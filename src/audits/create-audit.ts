import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { toAudit, type Audit } from './audit.js';
import { assertAuditRefs, normaliseScope, unitForAudit } from './audit-refs.js';
import type { CreateAuditInput } from './schemas.js';

/** Creates a planned audit for a unit where the actor may manage audits. */
export async function createAudit(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateAuditInput,
): Promise<Audit> {
  const unitPath = await unitForAudit(db, input.unitId);
  authorize(actor, 'audit.manage', unitPath);
  await assertAuditRefs(db, input);
  const scope = await normaliseScope(
    db,
    input.unitId,
    unitPath,
    input.scope ?? { unitIds: [], platforms: [], types: [], statuses: [] },
  );
  const now = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('audits')
      .values({
        kind: input.kind,
        title: input.title,
        year: input.year,
        risk_id: input.riskId ?? null,
        unit_id: input.unitId,
        auditor_user_id: input.auditorUserId ?? null,
        areas: input.areas ?? '',
        purpose: input.purpose ?? '',
        scope_text: input.scopeText ?? '',
        method: input.method ?? '',
        results_text: input.resultsText ?? '',
        analysis: input.analysis ?? '',
        conclusion: input.conclusion ?? '',
        scope_json: JSON.stringify(scope),
        status: 'planned',
        totals_json: null,
        sample_json: null,
        population_json: null,
        results_json: null,
        closed_at: null,
        closed_by: null,
        due_on: input.dueOn ?? null,
        created_at: now,
        created_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const audit = toAudit(row);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'audit.create',
      objectType: 'audit',
      objectId: row.id,
      unitId: row.unit_id,
      summary: row.title,
      after: {
        kind: audit.kind,
        title: audit.title,
        year: audit.year,
        scope,
        ...(audit.dueOn && { dueOn: audit.dueOn }),
      },
    });
    return audit;
  });
}
