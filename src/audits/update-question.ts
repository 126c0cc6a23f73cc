import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, notFound, type FieldError } from '../platform/http/errors.js';
import { signedColumn, toAuditQuestion, type AuditQuestion } from './question.js';
import { crossFieldProblems, timeProblem } from './question-drafts.js';
import { lockOpenAudit, writableResponseTimeAudit } from './question-guards.js';
import type { UpdateQuestionInput } from './question-schemas.js';
import { parseStockholmTime } from './question-time.js';

type Field = keyof UpdateQuestionInput;
const FIELDS: Field[] = [
  'askedAt',
  'channel',
  'question',
  'answeredAt',
  'signed',
  'note',
  'notPossible',
  'notPossibleReason',
];

const iso = (text: string | null | undefined) =>
  text ? (parseStockholmTime(text)?.toISOString() ?? null) : null;

/** The question as it would be after the change, with the problems of what was sent. */
function nextState(current: AuditQuestion, input: UpdateQuestionInput, now: Date) {
  const next = {
    askedAt: input.askedAt === undefined ? current.askedAt : iso(input.askedAt)!,
    channel: input.channel ?? current.channel,
    question: input.question ?? current.question,
    answeredAt: input.answeredAt === undefined ? current.answeredAt : iso(input.answeredAt),
    signed: input.signed === undefined ? current.signed : input.signed,
    note: input.note ?? current.note,
    notPossible: input.notPossible ?? current.notPossible,
    notPossibleReason: input.notPossibleReason ?? current.notPossibleReason,
  };
  // Without an answer there is nothing to be signed; without "not possible" no reason for it.
  if (!next.answeredAt) next.signed = null;
  if (!next.notPossible) next.notPossibleReason = '';
  const problems: FieldError[] = [];
  for (const field of ['askedAt', 'answeredAt'] as const) {
    const sent = input[field];
    const problem = sent ? timeProblem(new Date(next[field]!), now) : null;
    if (problem) problems.push({ path: [field], message: problem });
  }
  const times = {
    askedAt: new Date(next.askedAt),
    answeredAt: next.answeredAt ? new Date(next.answeredAt) : null,
    notPossible: next.notPossible,
  };
  for (const p of crossFieldProblems(times)) problems.push({ path: [p.field], message: p.message });
  return { next, problems };
}

/**
 * Records the answer to a test question, marks it not possible to ask, or corrects what was
 * asked. Only the fields sent change; the audit must be open.
 */
export async function updateQuestion(
  db: Db,
  clock: Clock,
  actor: Actor,
  auditId: number,
  questionId: number,
  input: UpdateQuestionInput,
): Promise<AuditQuestion> {
  const { audit } = await writableResponseTimeAudit(db, actor, auditId);
  const row = await db
    .selectFrom('audit_questions')
    .selectAll()
    .where('id', '=', questionId)
    .where('audit_id', '=', auditId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const current = toAuditQuestion(row);
  const { next, problems } = nextState(current, input, clock.now());
  if (problems.length > 0) throw new AppError('validation_failed', problems);
  const changed = FIELDS.filter((f) => next[f] !== current[f]);
  if (changed.length === 0) return current;
  const now = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    await lockOpenAudit(tx, auditId, now);
    const updated = await tx
      .updateTable('audit_questions')
      .set({
        asked_at: next.askedAt,
        channel: next.channel,
        question: next.question,
        answered_at: next.answeredAt,
        signed: signedColumn(next.signed),
        note: next.note,
        not_possible: next.notPossible ? 1 : 0,
        not_possible_reason: next.notPossibleReason,
        updated_at: now,
      })
      .where('id', '=', questionId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'audit_question.update',
      objectType: 'audit_question',
      objectId: questionId,
      unitId: audit.unitId,
      summary: audit.title,
      before: Object.fromEntries(changed.map((f) => [f, current[f]])),
      after: Object.fromEntries(changed.map((f) => [f, next[f]])),
    });
    return toAuditQuestion(updated);
  });
}
