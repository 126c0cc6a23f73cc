import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/http/errors.js';
import { DEFAULT_CHECKLIST } from './checklist.js';
import { checkOutcome, normaliseAnswers } from './checklist-answers.js';

const all = (answer: string) =>
  Object.fromEntries(DEFAULT_CHECKLIST.items.map((item) => [item.key, answer]));
const problems = (raw: Record<string, unknown>) => {
  try {
    normaliseAnswers(DEFAULT_CHECKLIST, raw);
    return [];
  } catch (error) {
    return (error as AppError).fields.map((f) => `${f.path.join('.')}: ${f.message}`);
  }
};

describe('a check’s answers and outcome', () => {
  it('counts an account that does not exist as gone, with nothing more to assess', () => {
    const answers = normaliseAnswers(DEFAULT_CHECKLIST, { exists: 'deviation', public: 'pass' });
    expect(answers).toEqual({ ...all('not_applicable'), exists: 'deviation' });
    expect(checkOutcome(answers)).toBe('gone');
  });

  it('counts a locked account as private; what could not be assessed is not applicable', () => {
    const answers = normaliseAnswers(DEFAULT_CHECKLIST, {
      exists: 'pass',
      public: 'deviation',
      comment_rules: 'deviation',
    });
    expect(answers).toMatchObject({
      active: 'not_applicable',
      comment_rules: 'deviation',
      basic_info: 'not_applicable',
    });
    expect(checkOutcome(answers)).toBe('private');
  });

  it('splits the reviewed accounts into active and inactive', () => {
    expect(checkOutcome(normaliseAnswers(DEFAULT_CHECKLIST, all('pass')))).toBe('active');
    const idle = normaliseAnswers(DEFAULT_CHECKLIST, { ...all('pass'), active: 'deviation' });
    expect(checkOutcome(idle)).toBe('inactive');
  });

  it('asks for every item of a reviewed account, and a decision on the three fixed ones', () => {
    expect(problems({ exists: 'pass', public: 'pass' })).toEqual([
      'answers.active: spot_check.answer_required',
      'answers.basic_info: spot_check.answer_required',
      'answers.comment_rules: spot_check.answer_required',
      'answers.personal_data: spot_check.answer_required',
      'answers.accessibility: spot_check.answer_required',
    ]);
    expect(problems({ ...all('pass'), public: 'not_applicable' })).toEqual([
      'answers.public: spot_check.answer_fixed',
    ]);
    expect(problems({ ...all('pass'), basic_info: 'not_applicable' })).toEqual([]);
  });

  it('refuses unknown items and unknown answers', () => {
    expect(problems({ ...all('pass'), colour: 'pass' })).toEqual([
      'answers.colour: validation.unknown_field',
    ]);
    expect(problems({ ...all('pass'), exists: 'maybe' })).toContain(
      'answers.exists: validation.choice',
    );
  });
});
