import { getAuditWithUnitPath } from '../audits/audit-queries.js';
import { can, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, fieldError, forbidden } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { Closure } from './closure.js';
import { closureUnderWay, getClosureWithAccount, mayWorkOnClosure } from './closure-queries.js';
import { alreadyOpen, openClosure } from './open-closure.js';
import type { StartClosureInput } from './schemas.js';

/**
 * Starts the closure of an account: its owner, or the unit's manager, communicator or an
 * administrator, with a reason; an audit finding names the audit. A legacy `closing` account is
 * taken up as it stands.
 */
export async function startClosure(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: StartClosureInput,
): Promise<Closure> {
  const { account, unitPath } = await getClosureWithAccount(db, accountId);
  if (!(await mayWorkOnClosure(db, actor, account, unitPath)).manage) throw forbidden();
  if (account.status === 'closed' || account.status === 'gone')
    throw new AppError('conflict', [{ path: [], message: 'closures.account_ended' }]);
  let auditId: number | null = null;
  if (input.reason === 'audit_finding') {
    if (!input.auditId) throw fieldError('auditId', 'closures.audit_required');
    const audit = await getAuditWithUnitPath(db, input.auditId).catch(() => null);
    if (!audit || !can(actor, 'audit.read', audit.unitPath))
      throw fieldError('auditId', 'closures.audit_unknown');
    auditId = audit.audit.id;
  }
  if (await closureUnderWay(db, account.id)) throw alreadyOpen();
  // A closure started by hand once the end date has come stands for that end date: cancelled,
  // the sweep does not start it again for the same date.
  const today = stockholmDate(clock.now());
  const endDate = account.endDate && account.endDate <= today ? account.endDate : null;
  return db.transaction().execute((tx) =>
    openClosure(tx, clock, actor.userId, account, {
      reason: input.reason,
      note: input.note ?? '',
      auditId,
      endDate,
    }),
  );
}
