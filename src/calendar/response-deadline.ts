import type { CalendarDay } from './calendar-day.js';
import type { CalendarPolicy } from './calendar-policy.js';
import {
  endOfWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  stockholmDay,
  type NonWorkingReason,
} from './working-days.js';

/** When an answer is due, and why it was moved if it was. */
export interface ResponseDeadline {
  due: Date;
  /** The non-working day the deadline was moved from (the day asked, or the day +hours fell on). */
  movedFrom: { date: CalendarDay; reason: NonWorkingReason } | null;
  askedOnNonWorkingDay: boolean;
}

/**
 * The deadline of a question (PRODUCT.md, "Response deadline"): asked + the policy's hours; on a
 * non-working day it moves to the end of the next working day, and so does a question asked on
 * one. Days are Stockholm days, so daylight-saving changes are counted in real hours.
 */
export function responseDeadline(askedAt: Date, policy: CalendarPolicy): ResponseDeadline {
  const askedDay = stockholmDay(askedAt);
  const askedReason = nonWorkingReason(askedDay, policy);
  if (policy.moveToNextWorkingDay && askedReason) {
    return {
      due: endOfWorkingDay(nextWorkingDay(askedDay, policy), policy),
      movedFrom: { date: askedDay, reason: askedReason },
      askedOnNonWorkingDay: true,
    };
  }
  const candidate = new Date(askedAt.getTime() + policy.responseHours * 3_600_000);
  const candidateDay = stockholmDay(candidate);
  const reason = policy.moveToNextWorkingDay ? nonWorkingReason(candidateDay, policy) : null;
  if (reason) {
    return {
      due: endOfWorkingDay(nextWorkingDay(candidateDay, policy), policy),
      movedFrom: { date: candidateDay, reason },
      askedOnNonWorkingDay: false,
    };
  }
  return { due: candidate, movedFrom: null, askedOnNonWorkingDay: askedReason !== null };
}
