import type { Account } from '../accounts/account.js';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { writeAccountStatus } from '../accounts/change-account-status.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { translator } from '../platform/i18n/translate.js';
import { getAuditWithUnitPath } from './audit-queries.js';
import { checkOutcome, type Answers } from './checklist-answers.js';
import { assertSpotCheck, findCheck, sampleIndex } from './spot-check-queries.js';

/** The register status a check's finding calls for: gone or private, or none. */
export function findingStatus(answers: Answers): 'gone' | 'private' | null {
  const outcome = checkOutcome(answers);
  return outcome === 'gone' || outcome === 'private' ? outcome : null;
}

/** Whether the register already says what the check found: a closed account is gone too. */
export function registerShows(status: string, finding: 'gone' | 'private'): boolean {
  return finding === 'gone' ? status === 'gone' || status === 'closed' : status === finding;
}

const refuse = (message: 'spot_check.no_finding' | 'spot_check.finding_applied') =>
  new AppError('conflict', [{ path: [], message }]);

/**
 * Marks a checked account gone or private in the register, as its check found it: one click for
 * the auditor, written to the account's history and the audit trail with a reason naming the
 * audit. Allowed to whoever manages the audit; the finding, not the register right, is the ground.
 */
export async function applyFinding(
  db: Db,
  clock: Clock,
  actor: Actor,
  auditId: number,
  accountId: number,
): Promise<Account> {
  const found = await getAuditWithUnitPath(db, auditId);
  authorize(actor, 'audit.manage', found.unitPath);
  assertSpotCheck(found);
  sampleIndex(found, accountId);
  const check = await findCheck(db, auditId, accountId);
  const status = check && findingStatus(check.answers);
  if (!check || !status) throw refuse('spot_check.no_finding');
  const { account } = await getAccountWithUnitPath(db, accountId);
  if (registerShows(account.status, status)) throw refuse('spot_check.finding_applied');
  const t = translator(actor.locale);
  const reason = t(`spot_check.finding_reason.${status}`, {
    title: found.audit.title,
    id: auditId,
  });
  const effectiveOn = stockholmDate(new Date(check.checkedAt));
  return db
    .transaction()
    .execute((tx) =>
      writeAccountStatus(tx, clock, actor.userId, account, { status, reason, effectiveOn }),
    );
}
