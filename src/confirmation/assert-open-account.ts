import { OPEN_STATUSES, type Account } from '../accounts/account.js';
import { AppError } from '../platform/http/errors.js';

/** Refuses to confirm or correct an account that is closed or gone. */
export function assertOpenAccount(account: Account): void {
  if (!OPEN_STATUSES.includes(account.status))
    throw new AppError('conflict', [{ path: [], message: 'confirm.account_ended' }]);
}
