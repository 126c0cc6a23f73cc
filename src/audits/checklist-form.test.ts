import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/http/errors.js';
import { DEFAULT_CHECKLIST } from './checklist.js';
import {
  checklistFormValues,
  checklistFromForm,
  errorsAtRows,
  keyFromLabel,
} from './checklist-form.js';

describe('the checklist settings form', () => {
  it('gives back the checklist it shows, with its blank rows left out', () => {
    const { input } = checklistFromForm(checklistFormValues(DEFAULT_CHECKLIST));
    expect(input).toEqual(DEFAULT_CHECKLIST);
  });

  it('makes a key from the Swedish label of a new item, unlike any other', () => {
    expect(keyFromLabel('Målgrupp är angiven', new Set())).toBe('malgrupp_ar_angiven');
    expect(keyFromLabel('Målgrupp', new Set(['malgrupp']))).toBe('malgrupp_2');
    expect(keyFromLabel('2 inlägg i veckan', new Set())).toBe('item_2_inlagg_i_veckan');
  });

  it('drops removed items but never a fixed one, and names errors by form row', () => {
    const values = checklistFormValues(DEFAULT_CHECKLIST);
    values['items.0.remove'] = '1';
    values['items.3.remove'] = '1';
    values['items.8.label.sv'] = 'Ny';
    const { input, rowOf } = checklistFromForm(values);
    expect(input.items.map((i) => i.key)).toEqual([
      'exists',
      'public',
      'active',
      'comment_rules',
      'personal_data',
      'accessibility',
      'ny',
    ]);
    const error = new AppError('validation_failed', [
      { path: ['items', 6, 'label', 'en'], message: 'validation.required' },
    ]);
    expect(errorsAtRows(error, rowOf).fields[0]!.path).toEqual(['items', 8, 'label', 'en']);
  });
});
