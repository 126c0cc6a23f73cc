import { bumpRegisterVersion } from '../accounts/register-version.js';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { writeHistory } from '../accounts/write-history.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, forbidden, notFound } from '../platform/http/errors.js';
import { mayRevealCredential } from './reveal-rights.js';

/**
 * Removes the account's login from the vault, and says where it is kept instead; the record and
 * its data key are gone for good, the trail keeps who did it.
 */
export async function deleteCredential(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: { location: string; note?: string | undefined },
): Promise<void> {
  const { account, unitPath } = await getAccountWithUnitPath(db, accountId);
  if (!(await mayRevealCredential(db, actor, accountId, unitPath))) throw forbidden();
  await db.transaction().execute(async (tx) => {
    const deleted = await tx
      .deleteFrom('account_credentials')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1) throw notFound();
    const note = input.note ?? account.credentialsNote;
    const updated = await tx
      .updateTable('accounts')
      .set({
        credentials_location: input.location,
        credentials_note: note,
        version: account.version + 1,
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', accountId)
      .where('version', '=', account.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
    await writeHistory(tx, clock, accountId, actor.userId, [
      {
        field: 'credentialsLocation',
        oldValue: account.credentialsLocation,
        newValue: input.location,
      },
      ...(note !== account.credentialsNote
        ? [{ field: 'credentialsNote', oldValue: account.credentialsNote, newValue: note }]
        : []),
    ]);
    await bumpRegisterVersion(tx);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'credential.delete',
      objectType: 'credential',
      objectId: accountId,
      unitId: account.unitId,
      summary: account.displayName,
      before: { location: account.credentialsLocation },
      after: { location: input.location },
    });
  });
}
