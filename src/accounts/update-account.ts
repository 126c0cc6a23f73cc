import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { assertCredentialsLocation } from '../credentials/assert-credentials-location.js';
import { bumpRegisterVersion } from './register-version.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import type { AccountRowUpdate } from '../platform/db/schema.js';
import { AppError, fieldError } from '../platform/http/errors.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { EDITABLE_FIELDS, searchText, type Account, type EditableField } from './account.js';
import { getAccountWithUnitPath, unitForAccount } from './account-queries.js';
import { assertEndDate } from './end-date-rule.js';
import { assertNoDuplicate, isUniqueViolation } from './find-duplicate.js';
import { handleKey, resolveIdentity } from './resolve-identity.js';
import type { UpdateAccountInput } from './schemas.js';
import { writeAccountStatus } from './change-account-status.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { translator } from '../platform/i18n/translate.js';
import { diffFields, writeHistory } from './write-history.js';

/** Changes the fields sent; every changed field goes to the history and the audit trail. */
export async function updateAccount(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: UpdateAccountInput,
): Promise<Account> {
  const { account: before, unitPath } = await getAccountWithUnitPath(db, id);
  authorize(actor, 'account.edit', unitPath);
  if (input.version !== undefined && input.version !== before.version)
    throw new AppError('stale_version');
  if (input.unitId !== undefined && input.unitId !== before.unitId) {
    const unit = await unitForAccount(db, input.unitId);
    if (!unit) throw fieldError('unitId', 'accounts.unit_required');
    authorize(actor, 'account.create', unit.path);
    if (!unit.active) throw fieldError('unitId', 'accounts.unit_inactive');
  }
  if (
    input.credentialsLocation !== undefined &&
    input.credentialsLocation !== before.credentialsLocation
  )
    await assertCredentialsLocation(db, id, input.credentialsLocation);
  const next: Partial<Account> = {};
  for (const f of Object.keys(EDITABLE_FIELDS) as EditableField[]) {
    if (input[f] !== undefined) Object.assign(next, { [f]: input[f] });
  }
  const identityTouched = ['url', 'platform', 'handle', 'platformAccountId'].some((f) => f in next);
  if (identityTouched) {
    // A cleared address keeps platform and handle; a new one speaks for itself.
    const urlChanged = 'url' in next && next.url != null && next.url !== before.url;
    const renamed =
      !urlChanged &&
      ((next.platform != null && next.platform !== before.platform) ||
        (next.handle != null && next.handle !== before.handle));
    // A new URL speaks for itself; a new handle gets its own URL; otherwise the identity
    // fields keep what was not sent.
    const identity = await resolveIdentity(db, {
      url: renamed ? null : 'url' in next ? next.url : before.url,
      platform: next.platform ?? (urlChanged ? null : before.platform),
      handle: next.handle ?? (urlChanged ? null : before.handle),
      platformAccountId:
        'platformAccountId' in next ? next.platformAccountId : before.platformAccountId,
    });
    // Platforms without a URL pattern (blogs) keep the address they had.
    Object.assign(next, identity, renamed && !identity.url && { url: before.url });
  }
  const merged = { ...before, ...next };
  // An approved account's address must be on the platform it was approved for.
  if (
    before.status === 'applied' &&
    !before.url &&
    merged.url &&
    merged.platform !== before.platform
  )
    throw fieldError('url', 'applications.url_other_platform');
  assertEndDate(merged.type, merged.endDate);
  const changes = diffFields(before, next, Object.keys(EDITABLE_FIELDS) as EditableField[]);
  if (changes.length === 0) return before;

  const set: AccountRowUpdate = {
    version: before.version + 1,
    updated_at: clock.now().toISOString(),
  };
  for (const c of changes)
    Object.assign(set, { [EDITABLE_FIELDS[c.field as EditableField]]: c.newValue });
  set.name_key = swedishSortKey(merged.displayName);
  set.handle_key = handleKey(merged.handle);
  set.search_text = searchText(merged);
  try {
    return await db.transaction().execute(async (tx) => {
      if (identityTouched) await assertNoDuplicate(tx, merged, id, actor);
      // The version check in the WHERE makes a concurrent edit lose cleanly instead of silently.
      const updated = await tx
        .updateTable('accounts')
        .set(set)
        .where('id', '=', id)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
      await writeHistory(tx, clock, id, actor.userId, changes);
      await bumpRegisterVersion(tx);
      await recordAuditEvent(tx, clock, {
        actorUserId: actor.userId,
        action: 'account.update',
        objectType: 'account',
        objectId: id,
        unitId: merged.unitId,
        summary: merged.displayName,
        before: Object.fromEntries(changes.map((c) => [c.field, c.oldValue])),
        after: Object.fromEntries(changes.map((c) => [c.field, c.newValue])),
      });
      const updatedAccount = {
        ...merged,
        version: before.version + 1,
        updatedAt: set.updated_at as string,
      };
      // An approved account exists once its address is known: it becomes active with it.
      if (before.status === 'applied' && !before.url && merged.url)
        return activateAppliedAccount(tx, clock, actor, updatedAccount);
      return updatedAccount;
    });
  } catch (error) {
    if (isUniqueViolation(error)) await assertNoDuplicate(db, merged, id, actor);
    throw error;
  }
}

/**
 * Makes an `applied` account `active` as its address is entered, in the caller's transaction,
 * and notes it in the history of the application it came from.
 */
async function activateAppliedAccount(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  account: Account,
): Promise<Account> {
  const activated = await writeAccountStatus(tx, clock, actor.userId, account, {
    status: 'active',
    // Stored texts are in Swedish, whoever writes them.
    reason: translator('sv')('applications.notice.url_entered_reason'),
    effectiveOn: stockholmDate(clock.now()),
  });
  const application = await tx
    .selectFrom('applications')
    .select(['id', 'revision'])
    .where('account_id', '=', account.id)
    .executeTakeFirst();
  if (application)
    await tx
      .insertInto('application_events')
      .values({
        application_id: application.id,
        revision: application.revision,
        kind: 'url_entered',
        text: account.url ?? '',
        actor_user_id: actor.userId,
        at: clock.now().toISOString(),
      })
      .execute();
  return activated;
}
