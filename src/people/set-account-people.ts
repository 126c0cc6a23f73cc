import { writeHistory } from '../accounts/write-history.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import type { AccountPerson, PersonRole } from './account-person.js';
import { listPeopleOfAccount } from './list-account-people.js';
import {
  assertChoosableUsers,
  editableAccount,
  peopleForAudit,
  peopleSummary,
} from './people-queries.js';
import type { AccountPeopleInput } from './schemas.js';

type External = AccountPeopleInput['externals'][number];
const externalKey = (x: { name: string; email: string; organisation?: string }) =>
  JSON.stringify([x.name, x.email.toLowerCase(), x.organisation ?? '']);

/**
 * Replaces who answers for an account: its owner, deputies and external contacts. A person who
 * stays keeps their row (and so the date they were added and any "has left" mark).
 */
export async function setAccountPeople(
  db: Db,
  clock: Clock,
  actor: Actor,
  accountId: number,
  input: AccountPeopleInput,
): Promise<AccountPerson[]> {
  const { account } = await editableAccount(db, actor, accountId);
  const before = await listPeopleOfAccount(db, accountId);
  const wanted = new Map<number, PersonRole>(
    input.deputyUserIds.map((id) => [id, 'deputy' as PersonRole]),
  );
  if (input.ownerUserId) wanted.set(input.ownerUserId, 'owner');
  await assertChoosableUsers(
    db,
    [
      ...(input.ownerUserId ? [{ path: ['ownerUserId'], userId: input.ownerUserId }] : []),
      ...input.deputyUserIds.map((userId, i) => ({ path: ['deputyUserIds', i], userId })),
    ],
    new Set(before.flatMap((p) => (p.userId ? [p.userId] : []))),
  );
  const keptExternals = new Set(input.externals.map(externalKey));
  const existingExternals = new Set(
    before.filter((p) => p.role === 'external').map((p) => externalKey(p)),
  );
  const users = before.filter((p) => p.userId !== null);
  const removed = before.filter((p) =>
    p.userId === null ? !keptExternals.has(externalKey(p)) : !wanted.has(p.userId),
  );
  const changed = users.filter((p) => wanted.has(p.userId!) && wanted.get(p.userId!) !== p.role);
  const known = new Set(users.map((p) => p.userId));
  const added = [...wanted].filter(([id]) => !known.has(id));
  const newExternals = uniqueExternals(input.externals).filter(
    (x) => !existingExternals.has(externalKey(x)),
  );
  if (removed.length + changed.length + added.length + newExternals.length === 0) return before;

  return db.transaction().execute(async (tx) => {
    const now = clock.now().toISOString();
    if (removed.length > 0)
      await tx
        .deleteFrom('account_people')
        .where(
          'id',
          'in',
          removed.map((p) => p.id),
        )
        .execute();
    // A former owner steps down before the new one steps up: one owner per account at any time.
    const ordered = [
      ...changed.filter((p) => p.role === 'owner'),
      ...changed.filter((p) => p.role !== 'owner'),
    ];
    for (const p of ordered)
      await tx
        .updateTable('account_people')
        .set({ role: wanted.get(p.userId!)! })
        .where('id', '=', p.id)
        .execute();
    const rows = [
      ...added.map(([userId, role]) => ({ role, user_id: userId, ...blankExternal })),
      ...newExternals.map((x) => ({
        role: 'external',
        user_id: null,
        external_name: x.name,
        external_email: x.email,
        external_organisation: x.organisation ?? '',
      })),
    ];
    if (rows.length > 0)
      await tx
        .insertInto('account_people')
        .values(
          rows.map((r) => ({
            ...r,
            account_id: accountId,
            left_reason: null,
            left_on: null,
            created_at: now,
            created_by: actor.userId,
          })),
        )
        .execute();
    const after = await listPeopleOfAccount(tx, accountId);
    await record(tx, clock, actor, account, before, after);
    return after;
  });
}

const blankExternal = { external_name: '', external_email: '', external_organisation: '' };

function uniqueExternals(externals: External[]): External[] {
  const seen = new Set<string>();
  return externals.filter((x) => {
    const key = externalKey(x);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function record(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  account: { id: number; unitId: number; displayName: string },
  before: AccountPerson[],
  after: AccountPerson[],
): Promise<void> {
  await writeHistory(tx, clock, account.id, actor.userId, [
    { field: 'people', oldValue: peopleSummary(before), newValue: peopleSummary(after) },
  ]);
  await recordAuditEvent(tx, clock, {
    actorUserId: actor.userId,
    action: 'account.people.change',
    objectType: 'account',
    objectId: account.id,
    unitId: account.unitId,
    summary: account.displayName,
    before: peopleForAudit(before),
    after: peopleForAudit(after),
  });
}
