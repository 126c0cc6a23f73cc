import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import { AppError, type FieldError } from '../platform/http/errors.js';
import type { AbsenceAccount } from './absence.js';
import { absenceAccounts, manageableAbsence } from './absence-queries.js';
import { auditUnitOf } from './person-scope.js';
import type { SetCoversInput } from './schemas.js';

async function activeUsers(db: DbOrTx, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('active', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Every problem with the covers named: unknown accounts, twice-named ones, bad cover people. */
async function coverProblems(
  db: DbOrTx,
  absentUserId: number,
  accounts: AbsenceAccount[],
  input: SetCoversInput,
): Promise<FieldError[]> {
  const held = new Set(accounts.map((a) => a.accountId));
  const named = input.covers.flatMap((c) => (c.coverUserId ? [c.coverUserId] : []));
  const active = await activeUsers(db, [...new Set(named)]);
  const seen = new Set<number>();
  const problems: FieldError[] = [];
  input.covers.forEach((cover, i) => {
    if (!held.has(cover.accountId) || seen.has(cover.accountId))
      problems.push({
        path: ['covers', i, 'accountId'],
        message: 'absences.cover_account_unknown',
      });
    seen.add(cover.accountId);
    const path = ['covers', i, 'coverUserId'];
    if (cover.coverUserId === absentUserId)
      problems.push({ path, message: 'absences.cover_is_absent' });
    else if (cover.coverUserId && !active.has(cover.coverUserId))
      problems.push({ path, message: 'absences.cover_unknown' });
  });
  return problems;
}

/** Names who covers which of the absent person's accounts; accounts not named have no cover. */
export async function setAbsenceCovers(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: SetCoversInput,
): Promise<AbsenceAccount[]> {
  const { absence, scope } = await manageableAbsence(db, actor, id);
  const accounts = await absenceAccounts(db, absence);
  const problems = await coverProblems(db, absence.userId, accounts, input);
  if (problems.length > 0) throw new AppError('validation_failed', problems);
  const next = new Map(
    input.covers.flatMap((c) => (c.coverUserId ? [[c.accountId, c.coverUserId]] : [])),
  );
  const before = Object.fromEntries(
    accounts.filter((a) => a.coverUserId).map((a) => [a.accountId, a.coverUserId]),
  );
  const after = Object.fromEntries(next);
  if (JSON.stringify(before) === JSON.stringify(after)) return accounts;
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('absence_covers').where('absence_id', '=', id).execute();
    if (next.size > 0)
      await tx
        .insertInto('absence_covers')
        .values(
          [...next].map(([accountId, coverUserId]) => ({
            absence_id: id,
            account_id: accountId,
            cover_user_id: coverUserId,
          })),
        )
        .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'absence.covers',
      objectType: 'absence',
      objectId: id,
      unitId: auditUnitOf(scope),
      summary: `${scope.name}: ${next.size}/${accounts.length}`,
      before,
      after,
    });
  });
  return absenceAccounts(db, absence);
}
