import type { DueItem } from './rule.js';

/** What a due item is, apart from whom it is told to: rule, subject and period. */
export function identityOf(item: Pick<DueItem, 'rule' | 'subjectType' | 'subjectId' | 'period'>) {
  return `${item.rule}|${item.subjectType}:${item.subjectId}|${item.period}`;
}

/** The unique key of one reminder: `rule|subjectType:subjectId|period|userId|level`. */
export function reminderKey(identity: string, userId: number, level: number): string {
  return `${identity}|${userId}|${level}`;
}

const MONTH = /^(.*?)(\d{4})-(\d{2})$/;

/**
 * The periods whose reminders count towards an item's age: the period itself and, for a gap
 * told monthly, the months before it, so that a gap that lingers escalates although each
 * month is a new period.
 */
export function agePeriods(period: string, months: number): string[] {
  const match = MONTH.exec(period);
  if (!match) return [period];
  const [, prefix, year, month] = match;
  const result: string[] = [];
  let index = Number(year) * 12 + Number(month) - 1;
  for (let i = 0; i <= months; i++, index--) {
    const y = Math.floor(index / 12);
    result.push(`${prefix}${y}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return result;
}
