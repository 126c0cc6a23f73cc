import { bumpRegisterVersion } from '../accounts/register-version.js';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { isUniqueViolation } from '../accounts/find-duplicate.js';
import { writeHistory } from '../accounts/write-history.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import { AppError, fieldError, forbidden } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { FIELD_COLUMNS, VAULT_FIELDS, type VaultField } from './credential.js';
import type { Keyring } from './keyring.js';
import { getCredentialRow } from './read-credential.js';
import { mayRevealCredential } from './reveal-rights.js';
import type { StoreCredentialInput } from './schemas.js';
import { newDataKey, openDataKey, sealField } from './vault-record.js';

type Columns = Partial<Record<(typeof FIELD_COLUMNS)[VaultField], string | null>>;

/** Stores or changes the account's login in the vault; only those who may see it may change it. */
export async function storeCredential(
  db: Db,
  clock: Clock,
  keyring: Keyring,
  actor: Actor,
  accountId: number,
  input: StoreCredentialInput,
): Promise<{ created: boolean; changed: VaultField[] }> {
  const { unitPath } = await getAccountWithUnitPath(db, accountId);
  if (!(await mayRevealCredential(db, actor, accountId, unitPath))) throw forbidden();
  try {
    return await db
      .transaction()
      .execute((tx) => writeCredential(tx, clock, keyring, actor.userId, accountId, input));
  } catch (error) {
    // Two people storing the first login at once: the second is told, nothing is lost.
    if (isUniqueViolation(error)) throw new AppError('stale_version');
    throw error;
  }
}

/**
 * Writes the vault record in the caller's transaction: a new record gets its own data key; a
 * change reseals the fields sent with the same key. A new password restarts the rotation clock.
 */
export async function writeCredential(
  tx: Tx,
  clock: Clock,
  keyring: Keyring,
  actorUserId: number,
  accountId: number,
  input: StoreCredentialInput,
  opts: { passwordChangedOn?: string } = {},
): Promise<{ created: boolean; changed: VaultField[] }> {
  const now = clock.now().toISOString();
  const today = opts.passwordChangedOn ?? stockholmDate(clock.now());
  const before = await getCredentialRow(tx, accountId);
  if (before && input.version !== undefined && input.version !== before.version)
    throw new AppError('stale_version');
  const written = VAULT_FIELDS.filter((f) => input.values[f] !== undefined);
  const cleared = input.clear.filter(
    (f) => !written.includes(f) && before && before[FIELD_COLUMNS[f]] !== null,
  );
  if (!before && written.length === 0) throw fieldError('username', 'credentials.nothing_to_store');
  // A running instance learns of a key added by rotation before it wraps a new data key.
  if (!before) keyring.refresh();
  const key = before
    ? { dataKey: openDataKey(keyring, before), kekId: before.kek_id, wrapped: before.wrapped_key }
    : newDataKey(keyring, accountId);
  const columns: Columns = {};
  for (const f of written)
    columns[FIELD_COLUMNS[f]] = sealField(key.dataKey, accountId, f, input.values[f]!);
  for (const f of cleared) columns[FIELD_COLUMNS[f]] = null;
  const passwordChanged = written.includes('password');
  const rotationChanged = !!before && input.rotationMonths !== before.rotation_months;
  if (before && written.length + cleared.length === 0 && !rotationChanged)
    return { created: false, changed: [] };
  const rotation = passwordChanged
    ? { password_changed_on: today, rotate_reason: null, rotate_flagged_at: null }
    : {};
  if (before) {
    const updated = await tx
      .updateTable('account_credentials')
      .set({
        ...columns,
        ...rotation,
        rotation_months: input.rotationMonths,
        version: before.version + 1,
        updated_at: now,
        updated_by: actorUserId,
      })
      .where('account_id', '=', accountId)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
  } else {
    await tx
      .insertInto('account_credentials')
      .values({
        account_id: accountId,
        kek_id: key.kekId,
        wrapped_key: key.wrapped,
        ...columns,
        ...rotation,
        rotation_months: input.rotationMonths,
        created_at: now,
        updated_at: now,
        updated_by: actorUserId,
      })
      .execute();
  }
  const account = await pointAtVault(tx, clock, actorUserId, accountId);
  // Field names only: what was stored never reaches the trail.
  await recordAuditEvent(tx, clock, {
    actorUserId,
    action: before ? 'credential.update' : 'credential.store',
    objectType: 'credential',
    objectId: accountId,
    unitId: account.unit_id,
    summary: account.display_name,
    ...(before && { before: { rotationMonths: before.rotation_months } }),
    after: { fields: written, cleared, rotationMonths: input.rotationMonths },
  });
  return { created: !before, changed: [...written, ...cleared] };
}

/** Sets the account's pointer to the vault, with its history, unless it already says so. */
async function pointAtVault(tx: Tx, clock: Clock, actorUserId: number, accountId: number) {
  const account = await tx
    .selectFrom('accounts')
    .select(['unit_id', 'display_name', 'credentials_location', 'version'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  if (account.credentials_location === 'vault') return account;
  await tx
    .updateTable('accounts')
    .set({
      credentials_location: 'vault',
      version: account.version + 1,
      updated_at: clock.now().toISOString(),
    })
    .where('id', '=', accountId)
    .execute();
  await writeHistory(tx, clock, accountId, actorUserId, [
    { field: 'credentialsLocation', oldValue: account.credentials_location, newValue: 'vault' },
  ]);
  await bumpRegisterVersion(tx);
  return account;
}
