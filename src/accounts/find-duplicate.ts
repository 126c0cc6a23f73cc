import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { handleKey, type AccountIdentity } from './resolve-identity.js';

/**
 * Refuses an identity that another account already has (same platform and handle, or native
 * id). The existing account is named only to someone who may read it.
 */
export async function assertNoDuplicate(
  db: DbOrTx,
  identity: AccountIdentity,
  exceptId: number | null,
  actor: Actor,
): Promise<void> {
  let query = db
    .selectFrom('accounts')
    .innerJoin('units', 'units.id', 'accounts.unit_id')
    .select(['accounts.id as id', 'accounts.display_name as display_name', 'units.path as path'])
    .where('accounts.platform', '=', identity.platform)
    .where((eb) =>
      identity.platformAccountId
        ? eb.or([
            eb('handle_key', '=', handleKey(identity.handle)),
            eb('platform_account_id', '=', identity.platformAccountId),
          ])
        : eb('handle_key', '=', handleKey(identity.handle)),
    );
  if (exceptId !== null) query = query.where('accounts.id', '!=', exceptId);
  const existing = await query.executeTakeFirst();
  if (!existing) return;
  if (!can(actor, 'account.read', existing.path))
    throw new AppError('duplicate_account', [{ path: ['handle'], message: 'accounts.duplicate' }]);
  throw duplicateError(existing.id, existing.display_name);
}

/** The error that names the account already registered, so the user can go to it. */
export function duplicateError(id: number, name: string): AppError {
  return new AppError('duplicate_account', [{ path: ['handle'], message: 'accounts.duplicate' }], {
    accountId: id,
    accountName: name,
  });
}

/** Whether a database error is a unique-constraint violation (a duplicate that raced us). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint/.test(e?.message ?? '')
  );
}
