import { fieldError } from '../platform/http/errors.js';
import { TYPES_WITH_END_DATE, type AccountType } from './account.js';

/** Teaching and campaign accounts must have an end date; official ones need none. */
export function assertEndDate(type: AccountType, endDate: string | null): void {
  if (TYPES_WITH_END_DATE.includes(type) && !endDate)
    throw fieldError('endDate', 'accounts.end_date_required');
}
