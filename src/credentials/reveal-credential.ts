import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { FIELD_COLUMNS, VAULT_FIELDS, type VaultField } from './credential.js';
import type { REVEAL_ACTIONS } from './flag-rotation.js';
import type { Keyring } from './keyring.js';
import { getCredentialRow } from './read-credential.js';
import { assertMayReveal } from './reveal-rights.js';
import { openFields } from './vault-record.js';

/** How a login was shown: on a page (or through the API), or straight to the clipboard. */
export type RevealMode = 'reveal' | 'copy';

/**
 * Opens the account's stored login for someone who may see it, and writes who saw which fields
 * when, in the same transaction: nothing is shown that was not logged. The caller checks that
 * a browser session confirmed its password lately.
 */
export async function revealCredential(
  db: Db,
  clock: Clock,
  keyring: Keyring,
  actor: Actor,
  accountId: number,
  opts: { mode: RevealMode; field?: VaultField | undefined },
): Promise<{ accountName: string; fields: Partial<Record<VaultField, string>> }> {
  const { account, unitPath } = await getAccountWithUnitPath(db, accountId);
  await assertMayReveal(db, actor, accountId, unitPath);
  return db.transaction().execute(async (tx) => {
    const row = await getCredentialRow(tx, accountId);
    if (!row) throw notFound();
    const asked = opts.field ? [opts.field] : VAULT_FIELDS;
    const stored = asked.filter((f) => row[FIELD_COLUMNS[f]] !== null);
    if (stored.length === 0) throw notFound();
    const fields = openFields(keyring, row, stored);
    const action: (typeof REVEAL_ACTIONS)[number] =
      opts.mode === 'copy' ? 'credential.copy' : 'credential.reveal';
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action,
      objectType: 'credential',
      objectId: accountId,
      unitId: account.unitId,
      summary: account.displayName,
      after: { fields: stored, via: actor.via === 'token' ? 'api' : 'web' },
    });
    return { accountName: account.displayName, fields };
  });
}
