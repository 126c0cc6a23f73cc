import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { writeHistory } from '../accounts/write-history.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import { isPostgres, type Db, type Tx } from '../platform/db/database.js';
import { AppError, type FieldError } from '../platform/http/errors.js';
import { translator } from '../platform/i18n/translate.js';
import { closeEmptyTasks } from './close-empty-tasks.js';
import { listPeopleOfAccount } from '../people/list-account-people.js';
import { peopleSummary } from '../people/people-queries.js';
import { strongerRole } from './handover.js';
import { getHandoverTask } from './handover-queries.js';
import { decisionField, type ApplyHandoverInput, type HandoverDecision } from './schemas.js';
import { openTaskAccounts, type LeftRow } from './task-accounts.js';

// The account history is the municipality's record, kept in its own language.
const sv = translator('sv');

/**
 * Applies a handover's decisions in one transaction: successors take the roles, rows of the
 * person are removed (or kept, after a move), each account's history and audit trail note it,
 * and the task is done when nothing is left. Returns whether the task is now done.
 */
export async function applyHandover(
  db: Db,
  clock: Clock,
  actor: Actor,
  taskId: number,
  input: ApplyHandoverInput,
): Promise<{ applied: number; completed: boolean }> {
  return db.transaction().execute(async (tx) => {
    // Two people submitting the same task at once: the second waits and then sees what is left.
    if (isPostgres(tx))
      await tx
        .selectFrom('handover_tasks')
        .select('id')
        .where('id', '=', taskId)
        .forUpdate()
        .execute();
    const { task, unit, person } = await getHandoverTask(tx, taskId);
    authorize(actor, 'handover.manage', unit.path);
    if (task.completedAt)
      throw new AppError('conflict', [{ path: [], message: 'handovers.already_done' }]);
    const waiting = (await openTaskAccounts(tx, [person.id])).byTask.get(task.id) ?? [];
    const rows = new Map(waiting.map((r) => [r.accountId, r]));
    if (input.decisions.length === 0)
      throw new AppError('validation_failed', [{ path: [], message: 'handovers.nothing_chosen' }]);
    const successorIds = input.decisions.flatMap((d) => d.successorUserId ?? []);
    const successors = new Map(
      successorIds.length === 0
        ? []
        : (
            await tx
              .selectFrom('users')
              .select(['id', 'name'])
              .where('id', 'in', successorIds)
              .where('active', '=', 1)
              .execute()
          ).map((u) => [u.id, u.name]),
    );
    const errors: FieldError[] = [];
    const seen = new Set<number>();
    for (const d of input.decisions) {
      const path = [decisionField(d.accountId)];
      const row = rows.get(d.accountId);
      if (!row || seen.has(d.accountId)) errors.push({ path, message: 'handovers.not_waiting' });
      else if (d.decision === 'successor' && d.successorUserId === person.id)
        errors.push({ path, message: 'handovers.successor_is_person' });
      else if (d.decision === 'successor' && !successors.has(d.successorUserId!))
        errors.push({ path, message: 'handovers.successor_invalid' });
      else if (d.decision === 'keep' && (row.leftReason !== 'moved' || !person.active))
        errors.push({ path, message: 'handovers.keep_not_allowed' });
      seen.add(d.accountId);
    }
    if (errors.length > 0) throw new AppError('validation_failed', errors);
    for (const d of input.decisions) {
      const row = rows.get(d.accountId)!;
      const successor = d.successorUserId
        ? { id: d.successorUserId, name: successors.get(d.successorUserId)! }
        : null;
      await applyOne(tx, clock, actor, { taskId, person, row, decision: d, successor });
    }
    const closed = await closeEmptyTasks(
      tx,
      clock,
      actor.userId,
      [person.id, ...successors.keys()],
      'handover.complete',
    );
    return { applied: input.decisions.length, completed: closed.includes(task.id) };
  });
}

interface One {
  taskId: number;
  person: { id: number; name: string };
  row: LeftRow;
  decision: HandoverDecision;
  successor: { id: number; name: string } | null;
}

async function applyOne(tx: Tx, clock: Clock, actor: Actor, one: One): Promise<void> {
  const { taskId, person, row, decision, successor } = one;
  const before = peopleSummary(await listPeopleOfAccount(tx, row.accountId));
  if (decision.decision === 'keep')
    await tx
      .updateTable('account_people')
      .set({ left_reason: null, left_on: null })
      .where('id', '=', row.rowId)
      .execute();
  // The person's row goes first: the account may have one owner only.
  else await tx.deleteFrom('account_people').where('id', '=', row.rowId).execute();
  let role: string | null = null;
  if (successor) {
    const existing = await tx
      .selectFrom('account_people')
      .select(['id', 'role'])
      .where('account_id', '=', row.accountId)
      .where('user_id', '=', successor.id)
      .executeTakeFirst();
    role = existing ? strongerRole(existing.role, row.role) : row.role;
    if (existing)
      await tx
        .updateTable('account_people')
        .set({ role, left_reason: null, left_on: null })
        .where('id', '=', existing.id)
        .execute();
    else
      await tx
        .insertInto('account_people')
        .values({
          account_id: row.accountId,
          role,
          user_id: successor.id,
          external_name: '',
          external_email: '',
          external_organisation: '',
          created_at: clock.now().toISOString(),
          created_by: actor.userId,
        })
        .execute();
  }
  const after = peopleSummary(await listPeopleOfAccount(tx, row.accountId));
  await writeHistory(
    tx,
    clock,
    row.accountId,
    actor.userId,
    [{ field: 'people', oldValue: before, newValue: after }],
    { reason: sv(`handovers.history.${decision.decision}`, { name: person.name }) },
  );
  const outcome =
    decision.decision === 'successor'
      ? successor!.name
      : sv(`handovers.outcome.${decision.decision}`);
  await recordAuditEvent(tx, clock, {
    actorUserId: actor.userId,
    action: 'handover.account',
    objectType: 'account',
    objectId: row.accountId,
    unitId: row.unitId,
    summary: `${row.displayName}: ${person.name} → ${outcome}`,
    before: { taskId, userId: person.id, role: row.role, left: row.leftReason },
    after: {
      taskId,
      decision: decision.decision,
      successorUserId: successor?.id ?? null,
      role: decision.decision === 'keep' ? row.role : role,
    },
  });
}
