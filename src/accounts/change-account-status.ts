import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { bumpRegisterVersion } from './register-version.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, fieldError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { Account } from './account.js';
import { getAccountWithUnitPath } from './account-queries.js';
import type { ChangeStatusInput } from './schemas.js';
import { writeHistory } from './write-history.js';

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
  const today = stockholmDate(clock.now());
  const effectiveOn = input.effectiveOn ?? today;
  if (effectiveOn > today) throw fieldError('effectiveOn', 'accounts.effective_in_future');
  const now = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('accounts')
      .set({
        status: input.status,
        status_changed_on: effectiveOn,
        status_reason: input.reason,
        version: account.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', account.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
    await writeHistory(
      tx,
      clock,
      id,
      actor.userId,
      [{ field: 'status', oldValue: account.status, newValue: input.status }],
      { reason: input.reason, effectiveOn },
    );
    await bumpRegisterVersion(tx);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'account.status',
      objectType: 'account',
      objectId: id,
      unitId: account.unitId,
      summary: account.displayName,
      before: { status: account.status },
      after: { status: input.status, reason: input.reason, effectiveOn },
    });
    return {
      ...account,
      status: input.status,
      statusChangedOn: effectiveOn,
      statusReason: input.reason,
      version: account.version + 1,
      updatedAt: now,
    };
  });
}
