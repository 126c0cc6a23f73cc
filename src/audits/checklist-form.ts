import type { FieldError } from '../platform/http/errors.js';
import { AppError } from '../platform/http/errors.js';
import { isFixedItem, type Checklist, type ChecklistItem } from './checklist.js';

/** Blank rows the form offers for new items. */
export const NEW_ROWS = 3;

/** The checklist as the settings form shows it: one row per item, then blank rows. */
export function checklistFormValues(checklist: Checklist): Record<string, string> {
  const values: Record<string, string> = {};
  checklist.items.forEach((item, i) => {
    values[`items.${i}.key`] = item.key;
    values[`items.${i}.label.sv`] = item.label.sv;
    values[`items.${i}.label.en`] = item.label.en;
    values[`items.${i}.saved`] = '1';
  });
  for (let i = 0; i < NEW_ROWS; i++) values[`items.${checklist.items.length + i}.key`] = '';
  return values;
}

/** The row numbers the submitted form holds, in order. */
export function formRows(values: Record<string, string>): number[] {
  const rows = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = /^items\.(\d{1,2})\./.exec(name);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/** A key made from a label: lower-case letters, digits and underscores. */
export function keyFromLabel(label: string, taken: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 32)
      .replace(/_+$/, '') || 'item';
  const start = /^[a-z]/.test(base) ? base : `item_${base}`;
  let key = start;
  for (let n = 2; taken.has(key); n++) key = `${start}_${n}`;
  return key;
}

/**
 * The checklist the form asks for: removed rows and blank new rows are left out, a new item
 * without a key gets one from its Swedish label. `rowOf` maps each item back to its form row, so
 * that the checklist's errors can be shown at the right field.
 */
export function checklistFromForm(values: Record<string, string>): {
  input: { items: ChecklistItem[] };
  rowOf: number[];
} {
  const items: ChecklistItem[] = [];
  const rowOf: number[] = [];
  const typed = formRows(values).map((row) => {
    const get = (field: string) => (values[`items.${row}.${field}`] ?? '').trim();
    return {
      row,
      key: get('key'),
      sv: get('label.sv'),
      en: get('label.en'),
      saved: get('saved') === '1',
      removed: get('remove') === '1',
    };
  });
  const taken = new Set(typed.map((r) => r.key).filter(Boolean));
  for (const r of typed) {
    if (r.removed && !isFixedItem(r.key)) continue;
    if (!r.saved && !r.key && !r.sv && !r.en) continue;
    const key = r.key || (r.sv ? keyFromLabel(r.sv, taken) : '');
    taken.add(key);
    items.push({ key, label: { sv: r.sv, en: r.en } });
    rowOf.push(r.row);
  }
  return { input: { items }, rowOf };
}

/** The checklist's errors with each item's index turned back into its form row. */
export function errorsAtRows(error: AppError, rowOf: number[]): AppError {
  const fields = error.fields.map((f): FieldError => {
    const [first, index, ...rest] = f.path;
    if (first !== 'items' || typeof index !== 'number') return f;
    return { ...f, path: ['items', rowOf[index] ?? index, ...rest] };
  });
  return new AppError(error.code, fields, error.details);
}
