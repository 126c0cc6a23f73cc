import { AppError, type FieldError } from '../platform/http/errors.js';
import { ANSWERS, isFixedItem, type Answer, type Checklist } from './checklist.js';

/** One account's answers, by item key. */
export type Answers = Record<string, Answer>;

/** What a check makes of the account: the status counts of the results rest on it. */
export type CheckOutcome = 'gone' | 'private' | 'active' | 'inactive';
export const CHECK_OUTCOMES: readonly CheckOutcome[] = ['active', 'inactive', 'private', 'gone'];

const isAnswer = (v: unknown): v is Answer =>
  typeof v === 'string' && (ANSWERS as readonly string[]).includes(v);

/** The outcome of a check: gone when it does not exist, private when locked, else its activity. */
export function checkOutcome(answers: Answers): CheckOutcome {
  if (answers.exists === 'deviation') return 'gone';
  if (answers.public === 'deviation') return 'private';
  return answers.active === 'deviation' ? 'inactive' : 'active';
}

/**
 * The answers as recorded: every item of the checklist answered. An account that is gone cannot be
 * assessed further, so its other items are not applicable; a private one's unanswered items are
 * not applicable either. Whether it exists, is public and (when reviewed) active must be answered
 * pass or deviation, since the status counts rest on them.
 */
export function normaliseAnswers(checklist: Checklist, raw: Record<string, unknown>): Answers {
  const problems: FieldError[] = [];
  const known = new Set(checklist.items.map((i) => i.key));
  for (const key of Object.keys(raw))
    if (!known.has(key))
      problems.push({ path: ['answers', key], message: 'validation.unknown_field' });
  const values = new Map<string, Answer | undefined>();
  for (const { key } of checklist.items) {
    const value = raw[key];
    if (value === undefined || value === '' || value === null) continue;
    if (isAnswer(value)) values.set(key, value);
    else problems.push({ path: ['answers', key], message: 'validation.choice' });
  }
  const given = (key: string) => values.get(key);
  const answers: Answers = {};
  const exists = given('exists');
  const gone = exists === 'deviation';
  const locked = !gone && given('public') === 'deviation';
  for (const { key, label } of checklist.items) {
    const value = given(key);
    // Both labels go along: the message picks the one of the reader's language.
    const named = { label_sv: label.sv, label_en: label.en };
    if (gone && key !== 'exists') answers[key] = 'not_applicable';
    else if (value === undefined && locked && key !== 'public') answers[key] = 'not_applicable';
    else if (value === undefined)
      problems.push({
        path: ['answers', key],
        message: 'spot_check.answer_required',
        params: named,
      });
    else if (value === 'not_applicable' && isFixedItem(key) && !(locked && key === 'active'))
      problems.push({ path: ['answers', key], message: 'spot_check.answer_fixed', params: named });
    else answers[key] = value;
  }
  if (problems.length > 0) throw new AppError('validation_failed', problems);
  return answers;
}
