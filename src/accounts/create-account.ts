import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { bumpRegisterVersion } from './register-version.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import {
  EDITABLE_FIELDS,
  searchText,
  toAccount,
  type Account,
  type EditableField,
} from './account.js';
import { unitForAccount } from './account-queries.js';
import { assertNoDuplicate, isUniqueViolation } from './find-duplicate.js';
import { handleKey, resolveIdentity } from './resolve-identity.js';
import type { CreateAccountInput } from './schemas.js';
import { assertEndDate } from './end-date-rule.js';
import { writeHistory } from './write-history.js';

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
  const now = clock.now().toISOString();
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
      const row = await tx
        .insertInto('accounts')
        .values({
          platform: values.platform,
          handle: values.handle,
          handle_key: handleKey(values.handle),
          platform_account_id: values.platformAccountId,
          url: values.url,
          display_name: values.displayName,
          name_key: swedishSortKey(values.displayName),
          unit_id: values.unitId,
          type: values.type,
          end_date: values.endDate,
          purpose: values.purpose,
          goals: values.goals,
          audience: values.audience,
          publishing_plan: values.publishingPlan,
          status,
          status_changed_on: stockholmDate(clock.now()),
          status_reason: '',
          last_activity_on: values.lastActivityOn,
          credentials_location: values.credentialsLocation,
          credentials_note: values.credentialsNote,
          disposal_reference: values.disposalReference,
          notes: values.notes,
          search_text: searchText(values),
          version: 1,
          created_at: now,
          created_by: actor.userId,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const changes = (Object.keys(EDITABLE_FIELDS) as EditableField[])
        .filter((f) => values[f] !== null && values[f] !== '')
        .map((f) => ({ field: f, oldValue: null, newValue: values[f] }));
      await writeHistory(tx, clock, row.id, actor.userId, [
        ...changes,
        { field: 'status', oldValue: null, newValue: status },
      ]);
      await bumpRegisterVersion(tx);
      await recordAuditEvent(tx, clock, {
        actorUserId: actor.userId,
        action: 'account.create',
        objectType: 'account',
        objectId: row.id,
        unitId: row.unit_id,
        summary: row.display_name,
        after: { ...values, status },
      });
      return toAccount(row);
    });
  } catch (error) {
    // Another request registered the same account meanwhile: name it like any duplicate.
    if (isUniqueViolation(error)) await assertNoDuplicate(db, identity, null, actor);
    throw error;
  }
}
