import {
  ratesOf,
  type ResponseCounts,
  type ResponseRates,
  type ResponseTimeFigures,
  type Rate,
} from './response-time-figures.js';

const RATE_NAMES = [
  'responseRate',
  'withinRate',
  'lateRate',
  'noAnswerRate',
  'signedRate',
] as const;

/** An earlier audit, perhaps known only from its report's totals. */
export interface EarlierTotals {
  year: number;
  asked: number;
  answered: number;
  within: number;
  /** When left out: answered − within. */
  late?: number;
  /** When left out the signed rate is unknown (null). */
  signed?: number;
}

/** One year of a comparison; `change` is in percentage points against the row before it. */
export interface YearRow extends Omit<ResponseCounts, 'signed'>, Omit<ResponseRates, 'signedRate'> {
  year: number;
  current: boolean;
  signed: number | null;
  signedRate: Rate | null;
  change: Record<keyof ResponseRates, number | null> | null;
}

function checkTotals(t: EarlierTotals, late: number): void {
  const counts = [t.year, t.asked, t.answered, t.within, late, t.signed ?? 0];
  if (counts.some((n) => !Number.isInteger(n) || n < 0))
    throw new RangeError(`the ${t.year} totals must be whole numbers, none negative`);
  if (t.answered > t.asked || t.within + late > t.answered || (t.signed ?? 0) > t.answered)
    throw new RangeError(`the ${t.year} totals do not add up`);
}

function yearRow(
  year: number,
  current: boolean,
  counts: ResponseCounts,
  signedKnown: boolean,
): Omit<YearRow, 'change'> {
  const { asked, answered, within, late, noAnswer, signed } = counts;
  const rates = ratesOf(counts);
  return {
    year,
    current,
    asked,
    answered,
    within,
    late,
    noAnswer,
    ...rates,
    signed: signedKnown ? signed : null,
    signedRate: signedKnown ? rates.signedRate : null,
  };
}

function earlierRow(t: EarlierTotals): Omit<YearRow, 'change'> {
  const late = t.late ?? t.answered - t.within;
  checkTotals(t, late);
  const { year, asked, answered, within } = t;
  const counts = {
    asked,
    answered,
    within,
    late,
    noAnswer: asked - answered,
    signed: t.signed ?? 0,
  };
  return yearRow(year, false, counts, t.signed !== undefined);
}

// From the fractions, so that 4/5 against 2/2 is exactly −20 points.
const points = (now: Rate | null, before: Rate | null) =>
  !now?.denominator || !before?.denominator
    ? null
    : (100 * (now.numerator * before.denominator - before.numerator * now.denominator)) /
      (now.denominator * before.denominator);

/**
 * The current audit beside earlier ones, sorted by year (the current last within its year), each
 * row with its change in percentage points against the row before, i.e. the most recent earlier.
 */
export function compareWith(
  current: ResponseTimeFigures,
  earlier: readonly EarlierTotals[],
  currentYear: number,
): YearRow[] {
  const rows = earlier.map(earlierRow);
  rows.push(yearRow(currentYear, true, current, true));
  rows.sort((a, b) => a.year - b.year);
  return rows.map((row, i) => {
    const before = rows[i - 1];
    if (!before) return { ...row, change: null };
    const change = {} as Record<keyof ResponseRates, number | null>;
    for (const name of RATE_NAMES) change[name] = points(row[name], before[name]);
    return { ...row, change };
  });
}
