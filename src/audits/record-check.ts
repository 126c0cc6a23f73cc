import { z } from 'zod';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { text } from '../platform/http/form.js';
import { AppError } from '../platform/http/errors.js';
import { assertAuditOpen } from './assert-audit-open.js';
import { getAuditWithUnitPath } from './audit-queries.js';
import { ANSWERS } from './checklist.js';
import { checkOutcome, normaliseAnswers } from './checklist-answers.js';
import { getChecklist } from './checklist-store.js';
import { assertSpotCheck, findCheck, sampleIndex, type SpotCheck } from './spot-check-queries.js';

/** A check as sent: an answer per item key, and a free note. */
export const recordCheckInput = z.object({
  answers: z
    .record(z.string(), z.union([z.enum(ANSWERS), z.literal('')]))
    .describe('Item key → pass, deviation or not_applicable; see the organisation’s checklist'),
  note: text(4000).optional(),
});
export type RecordCheckInput = z.infer<typeof recordCheckInput>;

/**
 * Records (or corrects) the check of one sampled account. Every item of the organisation's
 * checklist is answered; an account that is gone has nothing more to assess.
 */
export async function recordCheck(
  db: Db,
  clock: Clock,
  actor: Actor,
  auditId: number,
  accountId: number,
  input: RecordCheckInput,
): Promise<SpotCheck> {
  const found = await getAuditWithUnitPath(db, auditId);
  authorize(actor, 'audit.manage', found.unitPath);
  assertSpotCheck(found);
  assertAuditOpen(found.audit);
  if (!found.audit.sample)
    throw new AppError('conflict', [{ path: [], message: 'spot_check.no_sample' }]);
  sampleIndex(found, accountId);
  const answers = normaliseAnswers(await getChecklist(db), input.answers);
  const note = input.note ?? '';
  const now = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    const before = await findCheck(tx, auditId, accountId);
    const values = {
      answers_json: JSON.stringify(answers),
      note,
      checked_by: actor.userId,
      checked_at: now,
    };
    await tx
      .insertInto('audit_checks')
      .values({ audit_id: auditId, account_id: accountId, ...values })
      .onConflict((oc) => oc.columns(['audit_id', 'account_id']).doUpdateSet(values))
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'audit.check',
      objectType: 'audit',
      objectId: auditId,
      unitId: found.audit.unitId,
      summary: found.audit.title,
      before: before
        ? {
            accountId,
            answers: before.answers,
            note: before.note,
            outcome: checkOutcome(before.answers),
          }
        : undefined,
      after: { accountId, answers, note, outcome: checkOutcome(answers) },
    });
    return { auditId, accountId, answers, note, checkedBy: actor.userId, checkedAt: now };
  });
}
