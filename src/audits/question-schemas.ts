import { z } from 'zod';
import { dbId, parseLenient, text } from '../platform/http/form.js';
import { MAX_QUESTIONS_PER_BATCH, QUESTION_CHANNELS, QUESTION_OUTCOMES } from './question.js';
import { parseStockholmTime } from './question-time.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const TIME_HELP = 'Stockholm local time as "2026-03-10 09:00", or ISO 8601 with an offset';

/** A time as typed: Stockholm local time or ISO 8601 with offset (read by parseStockholmTime). */
const timeText = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .refine((v) => parseStockholmTime(v) !== null, 'questions.time_format');

/** An optional time: empty or null means none. */
const optionalTimeText = z
  .string()
  .trim()
  .refine((v) => v === '' || parseStockholmTime(v) !== null, 'questions.time_format')
  .nullable();

const channel = z
  .enum(QUESTION_CHANNELS, { error: 'questions.channel_invalid' })
  .describe('comment, direct_message or email_link (a contact link that sends an e-mail)');
const signed = z
  .boolean({ error: 'questions.signed_invalid' })
  .nullable()
  .describe('Whether the answer was signed with a first name; null when not recorded');
const notPossible = z
  .boolean({ error: 'questions.not_possible_invalid' })
  .describe('The question could not be asked (account gone, closed to comments)');

/**
 * One test question as sent by the API, the bulk form and a CSV file. The account is given by
 * id or by a reference (handle, URL or id); times stay text until the domain reads them.
 */
export const questionRowInput = z.object({
  accountId: dbId('questions.account_unknown')
    .optional()
    .describe('Id of an account in the audit’s scope'),
  account: z
    .string()
    .trim()
    .max(500)
    .optional()
    .describe('Instead of accountId: the handle, URL or id of an account in the audit’s scope'),
  askedAt: timeText.describe(`When the question was asked: ${TIME_HELP}`),
  channel,
  question: text(2000).optional().describe('The question as posted'),
  answeredAt: optionalTimeText.optional().describe(`When the answer came: ${TIME_HELP}`),
  signed: signed.optional(),
  note: text(2000).optional(),
  notPossible: notPossible.optional(),
  notPossibleReason: text(500).optional(),
});
export type QuestionRowInput = z.infer<typeof questionRowInput>;

/** Questions to record at once: all are written, or none. */
export const addQuestionsInput = z.object({
  questions: z.array(questionRowInput).min(1).max(MAX_QUESTIONS_PER_BATCH),
});

/** Changes to a question: the answer, or a correction of what was asked; only fields sent change. */
export const updateQuestionInput = z
  .object({
    askedAt: timeText.describe(`When the question was asked: ${TIME_HELP}`),
    channel,
    question: text(2000),
    answeredAt: optionalTimeText.describe(
      `When the answer came: ${TIME_HELP}; null or empty when none came`,
    ),
    signed,
    note: text(2000),
    notPossible,
    notPossibleReason: text(500),
  })
  .partial();
export type UpdateQuestionInput = z.infer<typeof updateQuestionInput>;

/** The question list's filter and page, for the audit page and the API. */
export const listQuestionsQuery = z.object({
  outcome: z
    .preprocess(emptyToUndefined, z.enum(QUESTION_OUTCOMES).optional())
    .describe('within, late, no_answer or not_possible'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(50)),
});
export type ListQuestionsQuery = z.infer<typeof listQuestionsQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseQuestionQuery(raw: Record<string, string>): ListQuestionsQuery {
  return parseLenient(listQuestionsQuery, raw).query;
}
