import type { AccountType } from '../accounts/account.js';
import type { CalendarPolicy } from '../calendar/calendar-policy.js';
import { getCalendarPolicy } from '../calendar/calendar-policy-store.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Audit } from './audit.js';
import { questionOutcome, type QuestionOutcome } from './response-time-figures.js';
import {
  toAuditQuestion,
  toTestQuestion,
  type QuestionOutcomeKind,
  type QuestionWithAccount,
} from './question.js';
import type { ListQuestionsQuery } from './question-schemas.js';

/** A question with what became of it: its deadline (none when not possible) and its outcome. */
export interface QuestionWithOutcome extends QuestionWithAccount {
  outcome: QuestionOutcome;
}

/** Every question of an audit (or the one asked for) with its account, in the order asked. */
export async function loadAuditQuestions(
  db: DbOrTx,
  auditId: number,
  onlyId?: number,
): Promise<QuestionWithAccount[]> {
  let query = db
    .selectFrom('audit_questions as q')
    .innerJoin('accounts as a', 'a.id', 'q.account_id')
    .selectAll('q')
    .select([
      'a.platform',
      'a.handle',
      'a.display_name',
      'a.unit_id as account_unit_id',
      'a.type as account_type',
    ])
    .where('q.audit_id', '=', auditId);
  if (onlyId !== undefined) query = query.where('q.id', '=', onlyId);
  const rows = await query.orderBy('q.asked_at').orderBy('q.id').execute();
  return rows.map(({ platform, handle, display_name, account_unit_id, account_type, ...row }) => ({
    ...toAuditQuestion(row),
    account: {
      platform,
      handle,
      displayName: display_name,
      unitId: account_unit_id,
      type: account_type as AccountType,
    },
  }));
}

/** The outcome of each question; after closing, answers later than the close count as none. */
export function withOutcomes(
  audit: Pick<Audit, 'closedAt'>,
  questions: readonly QuestionWithAccount[],
  policy: CalendarPolicy,
): QuestionWithOutcome[] {
  const options = audit.closedAt ? { closedAt: new Date(audit.closedAt) } : {};
  return questions.map((q) => ({
    ...q,
    outcome: questionOutcome(toTestQuestion(q), policy, options),
  }));
}

/** One page of an audit's questions, with the total and the count of each outcome. */
export interface QuestionPage {
  items: QuestionWithOutcome[];
  page: number;
  pageSize: number;
  total: number;
  counts: Record<QuestionOutcomeKind, number>;
}

/**
 * A page of the audit's questions in the order asked, filtered by outcome. Outcomes depend on the
 * calendar policy, so they are worked out here rather than in SQL; thousands take milliseconds.
 */
export async function listQuestions(
  db: DbOrTx,
  audit: Audit,
  query: ListQuestionsQuery,
): Promise<QuestionPage> {
  const [questions, policy] = await Promise.all([
    loadAuditQuestions(db, audit.id),
    getCalendarPolicy(db),
  ]);
  const all = withOutcomes(audit, questions, policy);
  const counts = { within: 0, late: 0, no_answer: 0, not_possible: 0 };
  for (const q of all) counts[q.outcome.kind]++;
  const shown = query.outcome ? all.filter((q) => q.outcome.kind === query.outcome) : all;
  const start = (query.page - 1) * query.pageSize;
  return {
    items: shown.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: shown.length,
    counts,
  };
}

/** One question of an audit with its account and outcome, or null. */
export async function getAuditQuestion(
  db: DbOrTx,
  audit: Audit,
  questionId: number,
): Promise<QuestionWithOutcome | null> {
  const [question] = await loadAuditQuestions(db, audit.id, questionId);
  if (!question) return null;
  return withOutcomes(audit, [question], await getCalendarPolicy(db))[0]!;
}
