import type { Account } from '../accounts/account.js';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { assertNoDuplicate } from '../accounts/find-duplicate.js';
import { resolveIdentity } from '../accounts/resolve-identity.js';
import { updateAccount } from '../accounts/update-account.js';
import { actForAccount } from '../confirmation/act-for-account.js';
import { answersForAccount } from '../confirmation/load-confirmable.js';
import { can, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import { AppError, fieldError, forbidden, notFound } from '../platform/http/errors.js';
import { toApplication, type Application } from './application.js';

/** An approved application with its account, as the address form needs them. */
export interface UrlTarget {
  application: Application;
  account: Account;
  unitPath: string;
  /** The actor may change the account at its unit anyway. */
  canEdit: boolean;
}

/**
 * Loads an application and the account it became, for entering the address: the applicant,
 * the account's owner and deputies and anyone who may change accounts at its unit may; anyone
 * else is refused. An application not (yet) approved has no account to give an address.
 */
export async function loadUrlTarget(
  db: DbOrTx,
  actor: Actor,
  applicationId: number,
): Promise<UrlTarget> {
  const row = await db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', applicationId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const application = toApplication(row);
  if (application.accountId === null) {
    if (application.applicantUserId !== actor.userId) throw forbidden();
    throw new AppError('conflict', [{ path: [], message: 'applications.notice.not_approved' }]);
  }
  const { account, unitPath } = await getAccountWithUnitPath(db, application.accountId);
  const canEdit = can(actor, 'account.edit', unitPath);
  if (
    !canEdit &&
    application.applicantUserId !== actor.userId &&
    !(await answersForAccount(db, actor.userId, account.id))
  )
    throw forbidden();
  return { application, account, unitPath, canEdit };
}

/**
 * Enters the address of an approved account once it exists on the platform: normalised, on the
 * platform applied for, checked for duplicates (the account itself excepted), written through
 * the register's own update, which makes the `applied` account `active` in the same
 * transaction and notes it in the application's history.
 */
export async function enterAccountUrl(
  db: Db,
  clock: Clock,
  actor: Actor,
  applicationId: number,
  input: { url: string; version?: number },
): Promise<Account> {
  const target = await loadUrlTarget(db, actor, applicationId);
  const { account } = target;
  if (account.status !== 'applied' || account.url)
    throw new AppError('conflict', [
      { path: [], message: 'applications.notice.url_already_entered' },
    ]);
  if (input.version !== undefined && input.version !== account.version)
    throw new AppError('stale_version');
  const derived = await derivedPlatform(db, input.url);
  if (derived !== null && derived !== account.platform)
    throw fieldError('url', 'applications.url_other_platform');
  // A platform whose addresses say nothing of it (a blog) keeps the handle applied for.
  const edit =
    derived === null
      ? { url: input.url, platform: account.platform, handle: account.handle }
      : { url: input.url };
  try {
    // Checked as the person themselves, so that an account they may not read stays unnamed.
    const identity = await resolveIdentity(db, {
      ...edit,
      platformAccountId: account.platformAccountId,
    });
    await assertNoDuplicate(db, identity, account.id, actor);
  } catch (error) {
    throw onUrlField(error);
  }
  const asPerson = actForAccount(actor, {
    account,
    unitPath: target.unitPath,
    confirmedOn: null,
    answersFor: true,
    canEdit: target.canEdit,
  });
  try {
    return await updateAccount(db, clock, asPerson, account.id, {
      ...edit,
      version: account.version,
    });
  } catch (error) {
    throw onUrlField(error);
  }
}

// The platform an address belongs to, or null when the address does not tell.
async function derivedPlatform(db: DbOrTx, url: string): Promise<string | null> {
  try {
    return (await resolveIdentity(db, { url })).platform;
  } catch (error) {
    const problems = error instanceof AppError ? error.fields : [];
    if (problems.some((p) => p.path[0] === 'url')) throw error;
    if (problems.some((p) => p.message === 'accounts.platform_not_derived')) return null;
    throw onUrlField(error);
  }
}

// The form has one field: what the register says of platform or handle is said of the address.
function onUrlField(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  if (error.code !== 'validation_failed' && error.code !== 'duplicate_account') return error;
  return new AppError(
    error.code,
    error.fields.map((f) => ({ ...f, path: ['url'] })),
    error.details,
  );
}
