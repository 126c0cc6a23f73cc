import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import type { Account, EditableField } from './account.js';
import { unitForAccount } from './account-queries.js';
import { assertNoDuplicate, isUniqueViolation } from './find-duplicate.js';
import { insertAccountRow } from './insert-account.js';
import { resolveIdentity } from './resolve-identity.js';
import type { CreateAccountInput } from './schemas.js';
import { assertEndDate } from './end-date-rule.js';

/** Registers an account in a unit the actor may create accounts in; refuses duplicates. */
export async function createAccount(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateAccountInput,
): Promise<Account> {
  const unit = await unitForAccount(db, input.unitId);
  if (!unit) throw fieldError('unitId', 'accounts.unit_required');
  authorize(actor, 'account.create', unit.path);
  if (!unit.active) throw fieldError('unitId', 'accounts.unit_inactive');
  assertEndDate(input.type, input.endDate ?? null);
  // A new account has nothing in the vault yet; storing a login there points it at the vault.
  if (input.credentialsLocation === 'vault')
    throw fieldError('credentialsLocation', 'credentials.vault_empty');
  const identity = await resolveIdentity(db, input);
  const values = {
    ...identity,
    displayName: input.displayName,
    unitId: input.unitId,
    type: input.type,
    endDate: input.endDate ?? null,
    purpose: input.purpose ?? '',
    goals: input.goals ?? '',
    audience: input.audience ?? '',
    publishingPlan: input.publishingPlan ?? '',
    lastActivityOn: input.lastActivityOn ?? null,
    credentialsLocation: input.credentialsLocation ?? 'unknown',
    credentialsNote: input.credentialsNote ?? '',
    disposalReference: input.disposalReference ?? '',
    notes: input.notes ?? '',
  } satisfies Record<EditableField, unknown>;
  const status = input.status ?? 'active';
  try {
    return await db.transaction().execute(async (tx) => {
      await assertNoDuplicate(tx, identity, null, actor);
      return insertAccountRow(tx, clock, actor.userId, values, status);
    });
  } catch (error) {
    // Another request registered the same account meanwhile: name it like any duplicate.
    if (isUniqueViolation(error)) await assertNoDuplicate(db, identity, null, actor);
    throw error;
  }
}
