import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import {
  EDITABLE_FIELDS,
  searchText,
  toAccount,
  type Account,
  type AccountStatus,
  type EditableField,
} from './account.js';
import { bumpRegisterVersion } from './register-version.js';
import { handleKey } from './resolve-identity.js';
import { writeHistory } from './write-history.js';

/** Every field of a new account, already checked. */
export type NewAccountValues = {
  [F in EditableField]: Account[F];
};

/** A history row from before the account existed, kept with its own time and person. */
export interface EarlierHistory {
  field: string;
  newValue: string | null;
  reason: string;
  changedBy: number | null;
  changedAt: string;
}

/**
 * Inserts an account row in the caller's transaction with its first history rows, moves the
 * register's version on and writes the `account.create` audit row. The caller has checked
 * permissions and duplicates. `earlier` rows (the application it came from) start its history.
 */
export async function insertAccountRow(
  tx: Tx,
  clock: Clock,
  actorUserId: number,
  values: NewAccountValues,
  status: AccountStatus,
  earlier: readonly EarlierHistory[] = [],
): Promise<Account> {
  const now = clock.now().toISOString();
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
      created_by: actorUserId,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (earlier.length > 0)
    await tx
      .insertInto('account_history')
      .values(
        earlier.map((h) => ({
          account_id: row.id,
          field: h.field,
          old_value: null,
          new_value: h.newValue,
          reason: h.reason,
          effective_on: null,
          changed_by: h.changedBy,
          changed_at: h.changedAt,
        })),
      )
      .execute();
  const changes = (Object.keys(EDITABLE_FIELDS) as EditableField[])
    .filter((f) => values[f] !== null && values[f] !== '')
    .map((f) => ({ field: f, oldValue: null, newValue: values[f] }));
  await writeHistory(tx, clock, row.id, actorUserId, [
    ...changes,
    { field: 'status', oldValue: null, newValue: status },
  ]);
  await bumpRegisterVersion(tx);
  await recordAuditEvent(tx, clock, {
    actorUserId,
    action: 'account.create',
    objectType: 'account',
    objectId: row.id,
    unitId: row.unit_id,
    summary: row.display_name,
    after: { ...values, status },
  });
  return toAccount(row);
}
