import { z } from 'zod';
import { QUESTION_CHANNELS, QUESTION_OUTCOMES, type AuditQuestion } from './question.js';
import type { QuestionWithOutcome } from './question-queries.js';

/** A test question as the API returns it; times are ISO 8601 UTC. */
export const questionSchema = z.object({
  id: z.number().int(),
  auditId: z.number().int(),
  accountId: z.number().int(),
  askedAt: z.string(),
  channel: z.enum(QUESTION_CHANNELS),
  question: z.string(),
  notPossible: z.boolean(),
  notPossibleReason: z.string(),
  answeredAt: z.string().nullable(),
  signed: z.boolean().nullable(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A test question with its deadline and what became of it. */
export const questionWithOutcomeSchema = questionSchema.extend({
  deadline: z.string().nullable().describe('When the answer was due; null when not possible'),
  outcome: z.enum(QUESTION_OUTCOMES),
  workingHours: z
    .number()
    .nullable()
    .describe('Working hours from question to answer; null without an answer'),
});

/** The API's form of a question. */
export function toQuestionJson(q: AuditQuestion): z.infer<typeof questionSchema> {
  return {
    id: q.id,
    auditId: q.auditId,
    accountId: q.accountId,
    askedAt: q.askedAt,
    channel: q.channel,
    question: q.question,
    notPossible: q.notPossible,
    notPossibleReason: q.notPossibleReason,
    answeredAt: q.answeredAt,
    signed: q.signed,
    note: q.note,
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
  };
}

/** The API's form of a question with its outcome. */
export function toQuestionOutcomeJson(
  q: QuestionWithOutcome,
): z.infer<typeof questionWithOutcomeSchema> {
  const { outcome } = q;
  return {
    ...toQuestionJson(q),
    deadline: 'due' in outcome ? outcome.due.toISOString() : null,
    outcome: outcome.kind,
    workingHours: 'workingHours' in outcome ? outcome.workingHours : null,
  };
}
