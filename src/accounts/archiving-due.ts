import type { AccountStatus } from './account.js';

/**
 * Accounts whose content may still be archived: those that exist on the platform. An applied
 * account has nothing yet; a closed or gone one is past archiving (and the closure asks for the
 * disposal decision before deleting).
 */
export const ARCHIVABLE_STATUSES: readonly AccountStatus[] = [
  'active',
  'inactive',
  'private',
  'closing',
];

/**
 * The day an account became due for archiving, or null: from its end date once that has come,
 * or from the day it went to `closing`, until a disposal decision's reference is recorded. The
 * reminder rule and the calendar feeds both ask this.
 */
export function archivingDueOn(
  account: {
    status: string;
    end_date: string | null;
    status_changed_on: string;
    disposal_reference: string;
  },
  today: string,
): string | null {
  if (!ARCHIVABLE_STATUSES.includes(account.status as AccountStatus)) return null;
  if (account.disposal_reference.trim() !== '') return null;
  const days: string[] = [];
  if (account.end_date && account.end_date <= today) days.push(account.end_date);
  if (account.status === 'closing') days.push(account.status_changed_on);
  return days.sort()[0] ?? null;
}
