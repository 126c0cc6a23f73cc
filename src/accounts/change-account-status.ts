import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { bumpRegisterVersion } from './register-version.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import { AppError, fieldError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { Account, AccountStatus } from './account.js';
import { getAccountWithUnitPath } from './account-queries.js';
import type { ChangeStatusInput } from './schemas.js';
import { writeHistory } from './write-history.js';
import { closureUnderWay } from '../closures/closure-queries.js';

/** A status change already decided on: the new status, why, and the day it took effect. */
export interface StatusChange {
  status: AccountStatus;
  reason: string;
  effectiveOn: string;
}

/**
 * Writes a status change in the caller's transaction: the account, its history, the register's
 * version and the audit trail. The caller has authorised it and checked the version.
 */
export async function writeAccountStatus(
  tx: Tx,
  clock: Clock,
  actorUserId: number | null,
  account: Account,
  change: StatusChange,
): Promise<Account> {
  const { status, reason, effectiveOn } = change;
  const now = clock.now().toISOString();
  const updated = await tx
    .updateTable('accounts')
    .set({
      status,
      status_changed_on: effectiveOn,
      status_reason: reason,
      version: account.version + 1,
      updated_at: now,
    })
    .where('id', '=', account.id)
    .where('version', '=', account.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
  await writeHistory(
    tx,
    clock,
    account.id,
    actorUserId,
    [{ field: 'status', oldValue: account.status, newValue: status }],
    { reason, effectiveOn },
  );
  await bumpRegisterVersion(tx);
  await recordAuditEvent(tx, clock, {
    actorUserId,
    action: 'account.status',
    objectType: 'account',
    objectId: account.id,
    unitId: account.unitId,
    summary: account.displayName,
    before: { status: account.status },
    after: { status, reason, effectiveOn },
  });
  return {
    ...account,
    status,
    statusChangedOn: effectiveOn,
    statusReason: reason,
    version: account.version + 1,
    updatedAt: now,
  };
}

/** Moves an account to another status, recording the date it took effect, why and who. */
export async function changeAccountStatus(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: ChangeStatusInput,
): Promise<Account> {
  const { account, unitPath } = await getAccountWithUnitPath(db, id);
  authorize(actor, 'account.edit', unitPath);
  if (input.version !== undefined && input.version !== account.version)
    throw new AppError('stale_version');
  if (input.status === account.status) throw fieldError('status', 'accounts.status_unchanged');
  // A closure carries the account from `closing` to `closed` through its checklist.
  if (input.status === 'closing') throw fieldError('status', 'closures.use_checklist');
  if (await closureUnderWay(db, account.id))
    throw new AppError('conflict', [{ path: [], message: 'closures.open_closure' }]);
  const today = stockholmDate(clock.now());
  const effectiveOn = input.effectiveOn ?? today;
  if (effectiveOn > today) throw fieldError('effectiveOn', 'accounts.effective_in_future');
  return db.transaction().execute((tx) =>
    writeAccountStatus(tx, clock, actor.userId, account, {
      status: input.status,
      reason: input.reason,
      effectiveOn,
    }),
  );
}
