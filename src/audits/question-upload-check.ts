import type { DbOrTx } from '../platform/db/database.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Audit } from './audit.js';
import { CSV_FIELDS, parseQuestionsCsv, type CsvField } from './parse-questions-csv.js';
import { prepareQuestions } from './question-drafts.js';
import type { ShownProblem, UploadCheck } from './question-upload-page.js';

/** A checked file: what the page shows, and the rows to import when nothing is wrong. */
export interface CheckedCsv {
  check: UploadCheck;
  rows: Record<string, unknown>[];
}

/**
 * Checks a CSV file of test questions against the audit without writing anything: every
 * problem of the file, and of each line, named by its line and column.
 */
export async function checkQuestionsCsv(
  db: DbOrTx,
  audit: Audit,
  content: Uint8Array | string,
  now: Date,
  t: Translate,
): Promise<CheckedCsv> {
  const parsed = parseQuestionsCsv(content);
  const column = (field: string) => {
    const name = (field === 'accountId' ? 'account' : field) as CsvField;
    return (
      parsed.headers[name] ?? (CSV_FIELDS.includes(name) ? t(`questions.csv_header.${name}`) : '')
    );
  };
  const rows = parsed.rows.map((r) => r.row);
  const fileProblems: ShownProblem[] = parsed.problems.map((p) => ({
    line: p.line,
    column: p.column ?? '',
    message: t(p.message, p.params),
  }));
  if (fileProblems.length > 0 || rows.length === 0)
    return {
      check: { rows: rows.length, problems: fileProblems, ignored: parsed.ignored, preview: [] },
      rows,
    };
  const prepared = await prepareQuestions(db, audit, rows, now);
  const problems = prepared.problems.map((p) => {
    const [, index, field] = p.path;
    return {
      line: parsed.rows[Number(index)]?.line ?? 1,
      column: column(String(field ?? '')),
      message: t(p.message, p.params),
    };
  });
  const preview = prepared.drafts.map((d, i) => ({
    line: parsed.rows[i]!.line,
    account: `${d.account.displayName} (${d.account.handle})`,
    askedAt: d.askedAt,
    channel: d.channel,
    answeredAt: d.answeredAt,
  }));
  return {
    check: {
      rows: rows.length,
      problems,
      ignored: parsed.ignored,
      preview: problems.length ? [] : preview,
    },
    rows,
  };
}
