import { bumpRegisterVersion } from '../accounts/register-version.js';
import { writeHistory } from '../accounts/write-history.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';

/** The account as it was read before it was confirmed. */
export interface ConfirmedAccount {
  id: number;
  unitId: number;
  displayName: string;
  version: number;
  confirmedOn: string | null;
}

/**
 * Records that the account's record was found true today, in the caller's transaction: the
 * date on the account (guarded by its version), its history and the audit trail. Returns the
 * account's new version.
 */
export async function markConfirmed(
  tx: Tx,
  clock: Clock,
  actorUserId: number,
  account: ConfirmedAccount,
  today: string,
  how: 'confirmed' | 'corrected',
): Promise<number> {
  if (account.confirmedOn === today) return account.version;
  const updated = await tx
    .updateTable('accounts')
    .set({
      confirmed_on: today,
      version: account.version + 1,
      updated_at: clock.now().toISOString(),
    })
    .where('id', '=', account.id)
    .where('version', '=', account.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
  await writeHistory(tx, clock, account.id, actorUserId, [
    { field: 'confirmedOn', oldValue: account.confirmedOn, newValue: today },
  ]);
  await bumpRegisterVersion(tx);
  await recordAuditEvent(tx, clock, {
    actorUserId,
    action: 'account.confirm',
    objectType: 'account',
    objectId: account.id,
    unitId: account.unitId,
    summary: account.displayName,
    before: { confirmedOn: account.confirmedOn },
    after: { confirmedOn: today, how },
  });
  return account.version + 1;
}
