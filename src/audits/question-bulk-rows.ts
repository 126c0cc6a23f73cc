import type { FieldError } from '../platform/http/errors.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import type { Translate } from '../platform/i18n/translate.js';
import {
  BULK_CELLS,
  cellName,
  DEFAULT_BULK_ROWS,
  MAX_BULK_ROWS,
  type BulkCell,
} from './question-bulk-form.js';

/** How many rows the bulk form shows: as asked, within bounds. */
export function bulkRowCount(value: string | undefined, extra = 0): number {
  const asked = Number.parseInt(value ?? '', 10);
  const rows = Number.isFinite(asked) && asked > 0 ? asked : DEFAULT_BULK_ROWS;
  return Math.min(MAX_BULK_ROWS, rows + extra);
}

/** The filled-in rows of the bulk form as question rows, with the form row each came from. */
export function bulkRows(values: Record<string, string>, rows: number) {
  const questions: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (let row = 1; row <= rows; row++) {
    const cell = (c: BulkCell) => (values[cellName(c, row)] ?? '').trim();
    // The channel always has a value, so a row counts as filled in by its other cells.
    if (!cell('account') && !cell('askedAt') && !cell('question')) continue;
    questions.push({
      account: cell('account'),
      askedAt: cell('askedAt'),
      channel: cell('channel'),
      question: cell('question'),
    });
    rowNumbers.push(row);
  }
  return { questions, rowNumbers };
}

const CELL_OF: Record<string, BulkCell> = { accountId: 'account' };

/** Problems by question row as messages on the form's cells, and as a summary naming each row. */
export function bulkErrors(
  problems: readonly FieldError[],
  rowNumbers: readonly number[],
  t: Translate,
): { errors: ErrorMap; summary: ErrorMap } {
  const errors: ErrorMap = {};
  const summary: ErrorMap = {};
  for (const p of problems) {
    const [, index, field] = p.path;
    const row = typeof index === 'number' ? rowNumbers[index] : undefined;
    const message = t(p.message, p.params);
    const cell = CELL_OF[String(field)] ?? BULK_CELLS.find((c) => c === field);
    if (row === undefined || !cell) {
      summary._form ??= message;
      continue;
    }
    const name = cellName(cell, row);
    if (errors[name]) continue;
    errors[name] = message;
    summary[name] = t('questions.row_error', { row, message });
  }
  // The summary reads in the order of the form: row by row, cell by cell.
  const order = (name: string) => {
    const [cell = '', row = '0'] = name.split('_');
    return Number(row) * 10 + (BULK_CELLS as readonly string[]).indexOf(cell);
  };
  const sorted = Object.entries(summary).sort(([a], [b]) =>
    a === '_form' ? -1 : b === '_form' ? 1 : order(a) - order(b),
  );
  return { errors, summary: Object.fromEntries(sorted) };
}
