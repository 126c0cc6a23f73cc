import type { AccountType } from '../accounts/account.js';
import type { CalendarPolicy } from '../calendar/calendar-policy.js';
import { responseDeadline } from '../calendar/response-deadline.js';
import { workingHoursBetween } from './working-hours.js';

/** How a test question was put to an account. */
export type QuestionChannel = 'comment' | 'direct_message' | 'email_link';

/** A test question of a response-time audit, with its answer if one came. */
export interface TestQuestion {
  id: number;
  accountId: number;
  platform: string;
  unitId: number;
  accountType: AccountType;
  askedAt: Date;
  channel: QuestionChannel;
  /** Could not be asked (account gone, closed to comments): reported apart, never counted as asked. */
  notPossible: boolean;
  answeredAt: Date | null;
  /** Whether the answer was signed with a first name; null when not recorded. */
  signed: boolean | null;
}

/** A rate as an exact fraction, so that a report prints 13/18 = 72 %; value is null over 0. */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

/** The counts of an audit; noAnswer = asked − answered, answered = within + late. */
export interface ResponseCounts {
  asked: number;
  answered: number;
  within: number;
  late: number;
  noAnswer: number;
  signed: number;
}

/** The rates the brief defines, each over its own denominator. */
export interface ResponseRates {
  responseRate: Rate;
  withinRate: Rate;
  lateRate: Rate;
  noAnswerRate: Rate;
  signedRate: Rate;
}

/** The figures of a response-time audit (PRODUCT.md, "Response-time audit figures"). */
export interface ResponseTimeFigures extends ResponseCounts, ResponseRates {
  notPossible: number;
  /** Over answered questions, in working hours; null when none was answered. */
  medianWorkingHours: number | null;
  p90WorkingHours: number | null;
}

/** What became of one question. */
export type QuestionOutcome =
  | { kind: 'not_possible' }
  | { kind: 'no_answer'; due: Date }
  | { kind: 'within' | 'late'; due: Date; workingHours: number; signed: boolean };

/** When the figures are taken: answers after the audit closed count as no answer. */
export interface FiguresOptions {
  closedAt?: Date;
}

/** A fraction with its value, null when the denominator is 0. */
export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** The brief's rates: response and no-answer over asked, the others over answered. */
export function ratesOf(c: ResponseCounts): ResponseRates {
  return {
    responseRate: rate(c.answered, c.asked),
    withinRate: rate(c.within, c.answered),
    lateRate: rate(c.late, c.answered),
    noAnswerRate: rate(c.noAnswer, c.asked),
    signedRate: rate(c.signed, c.answered),
  };
}

/**
 * Nearest rank: the smallest value with at least `percent` % of the values ≤ it, i.e. the value at
 * rank ⌈percent × n / 100⌉ of the sorted values (no interpolation, so the median of an even
 * number of values is the lower middle one). Null for no values.
 */
export function nearestRankPercentile(
  sortedValues: readonly number[],
  percent: number,
): number | null {
  if (sortedValues.length === 0) return null;
  // percent × n is an integer for whole percents, so the division is exact when it should be.
  const rank = Math.max(1, Math.ceil((percent * sortedValues.length) / 100));
  return sortedValues[rank - 1]!;
}

/**
 * What became of a question: an answer is within when at or before the deadline. A not-possible
 * question's answer is ignored; an answer before the question is a data error and throws.
 */
export function questionOutcome(
  question: TestQuestion,
  policy: CalendarPolicy,
  options: FiguresOptions = {},
): QuestionOutcome {
  if (question.notPossible) return { kind: 'not_possible' };
  const { askedAt, answeredAt } = question;
  // Clamping would hide a typing error inside a committee's figures; the entry must be fixed.
  if (answeredAt && answeredAt.getTime() < askedAt.getTime())
    throw new RangeError(`test question ${question.id}: answered before it was asked`);
  const due = responseDeadline(askedAt, policy).due;
  const closedAt = options.closedAt;
  if (!answeredAt || (closedAt && answeredAt.getTime() > closedAt.getTime()))
    return { kind: 'no_answer', due };
  return {
    kind: answeredAt.getTime() <= due.getTime() ? 'within' : 'late',
    due,
    workingHours: workingHoursBetween(askedAt, answeredAt, policy),
    signed: question.signed === true,
  };
}

function tally(outcomes: readonly QuestionOutcome[]): ResponseTimeFigures {
  let notPossible = 0;
  let noAnswer = 0;
  let within = 0;
  let late = 0;
  let signed = 0;
  const hours: number[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'not_possible') notPossible++;
    else if (outcome.kind === 'no_answer') noAnswer++;
    else {
      if (outcome.kind === 'within') within++;
      else late++;
      if (outcome.signed) signed++;
      hours.push(outcome.workingHours);
    }
  }
  const answered = within + late;
  const counts = { asked: answered + noAnswer, answered, within, late, noAnswer, signed };
  hours.sort((a, b) => a - b);
  return {
    notPossible,
    ...counts,
    ...ratesOf(counts),
    medianWorkingHours: nearestRankPercentile(hours, 50),
    p90WorkingHours: nearestRankPercentile(hours, 90),
  };
}

/** The figures of a response-time audit from its test questions. */
export function computeFigures(
  questions: readonly TestQuestion[],
  policy: CalendarPolicy,
  options: FiguresOptions = {},
): ResponseTimeFigures {
  return tally(questions.map((q) => questionOutcome(q, policy, options)));
}

/** What the figures can be broken down by. */
export type FiguresGroupKey = 'platform' | 'unitId' | 'accountType';

/** The overall figures and those of each group, groups sorted by their key. */
export interface FiguresBreakdown<K extends FiguresGroupKey> {
  overall: ResponseTimeFigures;
  groups: { group: TestQuestion[K]; figures: ResponseTimeFigures }[];
}

const collator = new Intl.Collator('sv');

/** The figures overall and per platform, unit or account type. */
export function figuresBy<K extends FiguresGroupKey>(
  questions: readonly TestQuestion[],
  policy: CalendarPolicy,
  key: K,
  options: FiguresOptions = {},
): FiguresBreakdown<K> {
  const outcomes = questions.map((q) => questionOutcome(q, policy, options));
  const byGroup = new Map<TestQuestion[K], QuestionOutcome[]>();
  questions.forEach((q, i) => {
    const group = byGroup.get(q[key]);
    if (group) group.push(outcomes[i]!);
    else byGroup.set(q[key], [outcomes[i]!]);
  });
  const groups = [...byGroup]
    .sort(([a], [b]) =>
      typeof a === 'number' && typeof b === 'number'
        ? a - b
        : collator.compare(String(a), String(b)),
    )
    .map(([group, groupOutcomes]) => ({ group, figures: tally(groupOutcomes) }));
  return { overall: tally(outcomes), groups };
}
