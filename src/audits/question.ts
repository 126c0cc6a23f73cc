import type { AccountType } from '../accounts/account.js';
import type { AuditQuestionRow } from '../platform/db/schema.js';
import type { QuestionChannel, TestQuestion } from './response-time-figures.js';

export const QUESTION_CHANNELS = [
  'comment',
  'direct_message',
  'email_link',
] as const satisfies readonly QuestionChannel[];
export const QUESTION_OUTCOMES = ['within', 'late', 'no_answer', 'not_possible'] as const;
export type QuestionOutcomeKind = (typeof QUESTION_OUTCOMES)[number];
/** The most questions one request may record, in the API and in a CSV file alike. */
export const MAX_QUESTIONS_PER_BATCH = 1000;
export const MAX_CSV_QUESTIONS = 5000;

/** A test question of a response-time audit, with its answer when one came. Times are ISO UTC. */
export interface AuditQuestion {
  id: number;
  auditId: number;
  accountId: number;
  askedAt: string;
  channel: QuestionChannel;
  question: string;
  notPossible: boolean;
  notPossibleReason: string;
  answeredAt: string | null;
  /** Signed with a first name; null when not recorded. */
  signed: boolean | null;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** The account a question was put to, as the figures group it and the tables name it. */
export interface QuestionAccount {
  platform: string;
  handle: string;
  displayName: string;
  unitId: number;
  type: AccountType;
}

/** A question together with its account. */
export interface QuestionWithAccount extends AuditQuestion {
  account: QuestionAccount;
}

/** Maps a database row to the domain type. */
export function toAuditQuestion(row: AuditQuestionRow): AuditQuestion {
  return {
    id: row.id,
    auditId: row.audit_id,
    accountId: row.account_id,
    askedAt: row.asked_at,
    channel: row.channel as QuestionChannel,
    question: row.question,
    notPossible: row.not_possible === 1,
    notPossibleReason: row.not_possible_reason,
    answeredAt: row.answered_at,
    signed: row.signed === null ? null : row.signed === 1,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The question as the figures see it. */
export function toTestQuestion(q: QuestionWithAccount): TestQuestion {
  return {
    id: q.id,
    accountId: q.accountId,
    platform: q.account.platform,
    unitId: q.account.unitId,
    accountType: q.account.type,
    askedAt: new Date(q.askedAt),
    channel: q.channel,
    notPossible: q.notPossible,
    answeredAt: q.answeredAt ? new Date(q.answeredAt) : null,
    signed: q.signed,
  };
}

/** A stored yes/no/unknown as its column value. */
export const signedColumn = (signed: boolean | null): number | null =>
  signed === null ? null : signed ? 1 : 0;
