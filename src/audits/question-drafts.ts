import type { DbOrTx } from '../platform/db/database.js';
import { fieldErrorsFromZod, type FieldError } from '../platform/http/errors.js';
import { dbId } from '../platform/http/form.js';
import type { MessageKey } from '../platform/i18n/translate.js';
import type { Audit } from './audit.js';
import { accountsInScope, type ScopedAccount } from './audit-queries.js';
import type { QuestionChannel } from './response-time-figures.js';
import { indexAccounts, resolveAccountRef, type AccountIndex } from './question-account-ref.js';
import { questionRowInput, type QuestionRowInput } from './question-schemas.js';
import { parseStockholmTime } from './question-time.js';

/** A question ready to be written: its account resolved and its times read. */
export interface QuestionDraft {
  account: ScopedAccount;
  askedAt: Date;
  channel: QuestionChannel;
  question: string;
  answeredAt: Date | null;
  signed: boolean | null;
  note: string;
  notPossible: boolean;
  notPossibleReason: string;
}

/** The drafts of rows that are right, and every problem of those that are not, by row. */
export interface PreparedQuestions {
  drafts: QuestionDraft[];
  problems: FieldError[];
}

// The calendar the deadlines are counted on covers these years.
const FIRST_YEAR = 1990;
const at = (i: number, field: string) => ['questions', i, field];

/** The problem of a time that cannot be a test question's: before the calendar, or not yet come. */
export function timeProblem(time: Date, now: Date): MessageKey | null {
  if (time.getUTCFullYear() < FIRST_YEAR) return 'questions.time_too_early';
  // A minute's grace for a clock a little behind the auditor's.
  if (time.getTime() > now.getTime() + 60_000) return 'questions.time_future';
  return null;
}

/** Problems that involve two fields of one question, whether new or changed. */
export function crossFieldProblems(q: {
  askedAt: Date;
  answeredAt: Date | null;
  notPossible: boolean;
}): { field: string; message: MessageKey }[] {
  const problems: { field: string; message: MessageKey }[] = [];
  if (q.answeredAt && q.answeredAt.getTime() < q.askedAt.getTime())
    problems.push({ field: 'answeredAt', message: 'questions.answered_before_asked' });
  if (q.notPossible && q.answeredAt)
    problems.push({ field: 'answeredAt', message: 'questions.answer_when_not_possible' });
  return problems;
}

function accountOf(
  index: AccountIndex,
  row: Record<string, unknown>,
  i: number,
): { account: ScopedAccount } | { problem: FieldError } {
  if (row.accountId !== undefined && row.accountId !== null && row.accountId !== '') {
    const id = dbId().safeParse(row.accountId);
    const account = id.success ? index.byId.get(id.data) : undefined;
    if (account) return { account };
    const message = id.success ? 'questions.account_not_in_scope' : 'questions.account_unknown';
    return { problem: { path: at(i, 'accountId'), message } };
  }
  const ref = typeof row.account === 'string' ? row.account : '';
  const found = resolveAccountRef(index, ref);
  if ('account' in found) return found;
  return {
    problem: {
      path: at(i, 'account'),
      message: found.error,
      params: { ref: ref.trim(), ...found.params },
    },
  };
}

async function scopedAccounts(db: DbOrTx, audit: Audit, rows: readonly Record<string, unknown>[]) {
  // Rows that all give an id need only those accounts; references need the whole scope.
  const ids = rows.map((r) => dbId().safeParse(r.accountId));
  if (ids.every((p) => p.success))
    return accountsInScope(db, audit.scope, [...new Set(ids.map((p) => p.data!))]);
  return accountsInScope(db, audit.scope);
}

const keyOf = (accountId: number, askedAt: Date | string, channel: string) =>
  `${accountId}|${new Date(askedAt).toISOString()}|${channel}`;

/**
 * Reads rows of test questions and checks each against the audit: account in scope, times real
 * and in order, not recorded already. Writes nothing; problems are by row (`questions.i.field`).
 */
export async function prepareQuestions(
  db: DbOrTx,
  audit: Audit,
  rows: readonly unknown[],
  now: Date,
): Promise<PreparedQuestions> {
  const objects = rows.map((r) =>
    r && typeof r === 'object' ? (r as Record<string, unknown>) : {},
  );
  const [accounts, recorded] = await Promise.all([
    scopedAccounts(db, audit, objects),
    db
      .selectFrom('audit_questions')
      .select(['account_id', 'asked_at', 'channel'])
      .where('audit_id', '=', audit.id)
      .execute(),
  ]);
  const index = indexAccounts(accounts);
  const seen = new Set(recorded.map((r) => keyOf(r.account_id, r.asked_at, r.channel)));
  const batch = new Set<string>();
  const drafts: QuestionDraft[] = [];
  const problems: FieldError[] = [];
  objects.forEach((row, i) => {
    const parsed = questionRowInput.safeParse(row);
    const account = accountOf(index, row, i);
    // The account first: it is the first thing of a row in every form of input.
    const rowProblems: FieldError[] = 'problem' in account ? [account.problem] : [];
    if (!parsed.success)
      for (const f of fieldErrorsFromZod(parsed.error))
        if (f.path[0] !== 'account' && f.path[0] !== 'accountId')
          rowProblems.push({ ...f, path: ['questions', i, ...f.path] });
    if (parsed.success) {
      const draft = toDraft(parsed.data, 'account' in account ? account.account : null);
      for (const [field, time] of [
        ['askedAt', draft.askedAt],
        ['answeredAt', draft.answeredAt],
      ] as const) {
        const problem = time && timeProblem(time, now);
        if (problem) rowProblems.push({ path: at(i, field), message: problem });
      }
      for (const p of crossFieldProblems(draft))
        rowProblems.push({ path: at(i, p.field), message: p.message });
      if (draft.account && rowProblems.length === 0) {
        const key = keyOf(draft.account.id, draft.askedAt, draft.channel);
        if (seen.has(key))
          rowProblems.push({ path: at(i, 'askedAt'), message: 'questions.duplicate_recorded' });
        else if (batch.has(key))
          rowProblems.push({ path: at(i, 'askedAt'), message: 'questions.duplicate_in_batch' });
        batch.add(key);
        if (rowProblems.length === 0) drafts.push(draft as QuestionDraft);
      }
    }
    problems.push(...rowProblems);
  });
  return { drafts, problems };
}

function toDraft(row: QuestionRowInput, account: ScopedAccount | null) {
  return {
    account,
    askedAt: parseStockholmTime(row.askedAt)!,
    channel: row.channel,
    question: row.question ?? '',
    answeredAt: row.answeredAt ? parseStockholmTime(row.answeredAt) : null,
    signed: row.signed ?? null,
    note: row.note ?? '',
    notPossible: row.notPossible ?? false,
    notPossibleReason: row.notPossibleReason ?? '',
  };
}
