import type { DbOrTx } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/http/errors.js';
import type { Answers } from './checklist-answers.js';
import type { AuditWithPath } from './audit-queries.js';

/** One account's recorded check. */
export interface SpotCheck {
  auditId: number;
  accountId: number;
  answers: Answers;
  note: string;
  checkedBy: number;
  checkedAt: string;
}

type CheckRow = {
  audit_id: number;
  account_id: number;
  answers_json: string;
  note: string;
  checked_by: number;
  checked_at: string;
};

/** Maps a check row to the domain type. */
export const toSpotCheck = (row: CheckRow): SpotCheck => ({
  auditId: row.audit_id,
  accountId: row.account_id,
  answers: JSON.parse(row.answers_json) as Answers,
  note: row.note,
  checkedBy: row.checked_by,
  checkedAt: row.checked_at,
});

/** Whether any account of the audit has been checked (the sample is fixed from then on). */
export async function hasChecks(db: DbOrTx, auditId: number): Promise<boolean> {
  const row = await db
    .selectFrom('audit_checks')
    .select('id')
    .where('audit_id', '=', auditId)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** The check of one account, or null when it has not been checked. */
export async function findCheck(
  db: DbOrTx,
  auditId: number,
  accountId: number,
): Promise<SpotCheck | null> {
  const row = await db
    .selectFrom('audit_checks')
    .select(['audit_id', 'account_id', 'answers_json', 'note', 'checked_by', 'checked_at'])
    .where('audit_id', '=', auditId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row ? toSpotCheck(row) : null;
}

/** The answers of every check of an audit, by account: one query, however large the sample. */
export async function answersByAccount(db: DbOrTx, auditId: number): Promise<Map<number, Answers>> {
  const rows = await db
    .selectFrom('audit_checks')
    .select(['account_id', 'answers_json'])
    .where('audit_id', '=', auditId)
    .execute();
  return new Map(rows.map((r) => [r.account_id, JSON.parse(r.answers_json) as Answers]));
}

/** Refuses an audit that is not a spot check. */
export function assertSpotCheck(found: AuditWithPath): void {
  if (found.audit.kind !== 'spot_check')
    throw new AppError('conflict', [{ path: [], message: 'spot_check.not_spot_check' }]);
}

/** The position of an account in the audit's sample; not found when it was not drawn. */
export function sampleIndex(found: AuditWithPath, accountId: number): number {
  const index = found.audit.sample?.accountIds.indexOf(accountId) ?? -1;
  if (index < 0) throw notFound();
  return index;
}

/** The ids of the audit's checked accounts. */
export async function checkedAccountIds(db: DbOrTx, auditId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('audit_checks')
    .select('account_id')
    .where('audit_id', '=', auditId)
    .execute();
  return new Set(rows.map((r) => r.account_id));
}

/** The ids of the audit's checked accounts with a deviation on any item. */
export async function deviatingAccountIds(db: DbOrTx, auditId: number): Promise<Set<number>> {
  // The answers are stored as JSON of fixed words: a deviation shows as this quoted word.
  const rows = await db
    .selectFrom('audit_checks')
    .select('account_id')
    .where('audit_id', '=', auditId)
    .where('answers_json', 'like', '%:"deviation"%')
    .execute();
  return new Set(rows.map((r) => r.account_id));
}

/** The answers of some of the audit's accounts (a page of them), by account. */
export async function answersOf(
  db: DbOrTx,
  auditId: number,
  accountIds: readonly number[],
): Promise<Map<number, Answers>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('audit_checks')
    .select(['account_id', 'answers_json'])
    .where('audit_id', '=', auditId)
    .where('account_id', 'in', [...accountIds])
    .execute();
  return new Map(rows.map((r) => [r.account_id, JSON.parse(r.answers_json) as Answers]));
}
