import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import type { Audit } from './audit.js';
import { signedColumn, toAuditQuestion, type AuditQuestion } from './question.js';
import { prepareQuestions, type QuestionDraft } from './question-drafts.js';
import { lockOpenAudit, writableResponseTimeAudit } from './question-guards.js';

// Rows per insert: well below the parameter limits of SQLite and PostgreSQL.
const CHUNK = 200;

async function startAudit(tx: Tx, clock: Clock, actor: Actor, audit: Audit, now: string) {
  const started = await tx
    .updateTable('audits')
    .set({ status: 'in_progress', version: audit.version + 1, updated_at: now })
    .where('id', '=', audit.id)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  if (Number(started.numUpdatedRows) === 0) return;
  await recordAuditEvent(tx, clock, {
    actorUserId: actor.userId,
    action: 'audit.update',
    objectType: 'audit',
    objectId: audit.id,
    unitId: audit.unitId,
    summary: audit.title,
    before: { status: 'planned' },
    after: { status: 'in_progress' },
  });
}

function rowOf(auditId: number, d: QuestionDraft, now: string) {
  return {
    audit_id: auditId,
    account_id: d.account.id,
    asked_at: d.askedAt.toISOString(),
    channel: d.channel,
    question: d.question,
    not_possible: d.notPossible ? 1 : 0,
    not_possible_reason: d.notPossible ? d.notPossibleReason : '',
    answered_at: d.answeredAt?.toISOString() ?? null,
    signed: signedColumn(d.answeredAt ? d.signed : null),
    note: d.note,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Records test questions of an open response-time audit: all of them, or none when any row is
 * wrong (every problem is reported, by row). The first question starts a planned audit.
 */
export async function addQuestions(
  db: Db,
  clock: Clock,
  actor: Actor,
  auditId: number,
  rows: readonly unknown[],
): Promise<AuditQuestion[]> {
  const { audit } = await writableResponseTimeAudit(db, actor, auditId);
  if (rows.length === 0)
    throw new AppError('validation_failed', [{ path: ['questions'], message: 'questions.none' }]);
  const { drafts, problems } = await prepareQuestions(db, audit, rows, clock.now());
  if (problems.length > 0) throw new AppError('validation_failed', problems);
  const now = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    await lockOpenAudit(tx, audit.id, now);
    await startAudit(tx, clock, actor, audit, now);
    const created: AuditQuestion[] = [];
    for (let i = 0; i < drafts.length; i += CHUNK) {
      const chunk = drafts.slice(i, i + CHUNK);
      const inserted = await tx
        .insertInto('audit_questions')
        .values(chunk.map((d) => rowOf(audit.id, d, now)))
        .returningAll()
        .execute();
      // Both databases return inserted rows in the order given; sorting by id makes sure.
      created.push(...inserted.sort((a, b) => a.id - b.id).map(toAuditQuestion));
    }
    for (const [i, q] of created.entries()) {
      const d = drafts[i]!;
      await recordAuditEvent(tx, clock, {
        actorUserId: actor.userId,
        action: 'audit_question.add',
        objectType: 'audit_question',
        objectId: q.id,
        unitId: audit.unitId,
        summary: `${audit.title}: ${d.account.platform} ${d.account.handle}`,
        after: {
          auditId: audit.id,
          accountId: q.accountId,
          askedAt: q.askedAt,
          channel: q.channel,
          question: q.question,
          notPossible: q.notPossible,
          notPossibleReason: q.notPossibleReason,
          answeredAt: q.answeredAt,
          signed: q.signed,
          note: q.note,
        },
      });
    }
    return created;
  });
}
