import { writeHistory } from '../accounts/write-history.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import type { PlatformAccess } from './account-person.js';
import { accessSummary } from './people-queries.js';

/** What the audit trail keeps of a platform access row: who, which role, when confirmed. */
const forAudit = (a: PlatformAccess | null) =>
  a && {
    name: a.name,
    userId: a.userId,
    platformRole: a.platformRole,
    confirmedOn: a.confirmedOn,
    note: a.note,
  };

/** Writes the history row and audit-trail row of a change to who has access at the platform. */
export async function recordAccessChange(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  account: { id: number; unitId: number; displayName: string },
  action: 'add' | 'change' | 'confirm' | 'remove',
  before: PlatformAccess | null,
  after: PlatformAccess | null,
): Promise<void> {
  await writeHistory(tx, clock, account.id, actor.userId, [
    {
      field: 'platformAccess',
      oldValue: before && accessSummary(before),
      newValue: after && accessSummary(after),
    },
  ]);
  await recordAuditEvent(tx, clock, {
    actorUserId: actor.userId,
    action: `account.access.${action}`,
    objectType: 'account',
    objectId: account.id,
    unitId: account.unitId,
    summary: `${account.displayName}: ${(after ?? before)?.name ?? ''}`,
    before: forAudit(before),
    after: forAudit(after),
  });
}
