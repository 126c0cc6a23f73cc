import { DateTime } from 'luxon';

export const TRAINING_STATES = ['expired', 'missing', 'expires_soon', 'valid'] as const;
/** Where a person stands with a course: valid, valid but expiring soon, expired, never taken. */
export type TrainingState = (typeof TRAINING_STATES)[number];
/** The states the overview lists: everything but valid. */
export const LACKING_STATES = ['expired', 'missing', 'expires_soon'] as const;
export type LackingState = (typeof LACKING_STATES)[number];

/**
 * The day a completion stops being valid: the completion day plus the course's months; a day
 * past the end of the month falls back to the month's last day (31 Jan + 1 month = 28/29 Feb).
 */
export function validUntil(completedOn: string, validityMonths: number | null): string | null {
  if (validityMonths === null) return null;
  return DateTime.fromISO(completedOn, { zone: 'utc' })
    .plus({ months: validityMonths })
    .toISODate();
}

/** The last day that counts as "expires soon": today plus the policy's notice days. */
export function soonLimit(today: string, noticeDays: number): string {
  return DateTime.fromISO(today, { zone: 'utc' }).plus({ days: noticeDays }).toISODate() ?? today;
}

/**
 * A person's state for a course from their completions' valid-until days: valid when one never
 * expires or lasts past the notice period, expiring soon within it, expired before today.
 */
export function trainingState(
  validUntils: readonly (string | null)[],
  today: string,
  soon: string,
): TrainingState {
  if (validUntils.length === 0) return 'missing';
  if (validUntils.includes(null)) return 'valid';
  const last = (validUntils as string[]).reduce((a, b) => (a > b ? a : b));
  if (last < today) return 'expired';
  return last <= soon ? 'expires_soon' : 'valid';
}
