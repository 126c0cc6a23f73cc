import { PENDING_STATUSES, type ActionStatus } from '../actions/action.js';
import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { TaskWithContext } from './handover-queries.js';
import { openTaskAccounts, type LeftRow } from './task-accounts.js';

/** Another person on an account, as the handover shows them. */
export interface OtherPerson {
  userId: number | null;
  name: string;
  role: string;
  left: boolean;
}

/** An account still pointing at the person, with what the form needs to decide on it. */
export interface WaitingAccount extends LeftRow {
  platformName: string;
  others: OtherPerson[];
  /** The default choice: the account's deputy for a left owner, else the unit's manager. */
  suggestedUserId: number | null;
  canKeep: boolean;
}

/** An open improvement action the person owns. */
export interface PersonAction {
  id: number;
  title: string;
  dueOn: string | null;
  status: ActionStatus;
}

/** An account the task handed over, from the audit trail. */
export interface HandedOver {
  accountId: number;
  summary: string;
  at: string;
}

/** Everything the task's page and API show beyond the task itself. */
export interface HandoverDetail {
  accounts: WaitingAccount[];
  /** The person's open actions the actor may read; the others are only counted. */
  actions: PersonAction[];
  hiddenActions: number;
  handedOver: HandedOver[];
  managerUserId: number | null;
}

/** The accounts waiting in a task, the person's open actions and what was handed over already. */
export async function handoverDetail(
  db: DbOrTx,
  actor: Actor,
  ctx: TaskWithContext,
): Promise<HandoverDetail> {
  const { task, person } = ctx;
  const rows = task.completedAt
    ? []
    : ((await openTaskAccounts(db, [person.id])).byTask.get(task.id) ?? []);
  const accountIds = rows.map((r) => r.accountId);
  const [people, platforms, manager, actions, handedOver] = await Promise.all([
    accountIds.length === 0
      ? []
      : db
          .selectFrom('account_people as ap')
          .leftJoin('users as p', 'p.id', 'ap.user_id')
          .select([
            'ap.account_id',
            'ap.user_id',
            'ap.role',
            'ap.left_reason',
            'ap.external_name',
            'p.name',
            'p.active',
          ])
          .where('ap.account_id', 'in', accountIds)
          .where((eb) => eb.or([eb('ap.user_id', 'is', null), eb('ap.user_id', '!=', person.id)]))
          .orderBy('ap.id')
          .execute(),
    db.selectFrom('platforms').select(['key', 'name']).execute(),
    db
      .selectFrom('role_assignments as r')
      .innerJoin('users as p', 'p.id', 'r.user_id')
      .select('r.user_id')
      .where('r.unit_id', '=', task.unitId)
      .where('r.role', '=', 'manager')
      .where('p.active', '=', 1)
      .where('r.user_id', '!=', person.id)
      .orderBy('r.id')
      .executeTakeFirst(),
    db
      .selectFrom('actions as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['a.id', 'a.title', 'a.due_on', 'a.status', 'u.path'])
      .where('a.owner_user_id', '=', person.id)
      .where('a.status', 'in', [...PENDING_STATUSES])
      .orderBy('a.due_on')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('audit_events')
      .select(['object_id', 'summary', 'at'])
      .where('action', '=', 'handover.account')
      .where('object_type', '=', 'account')
      .where('after_json', 'like', `{"taskId":${task.id},%`)
      .orderBy('id')
      .execute(),
  ]);
  const platformNames = new Map(platforms.map((p) => [p.key, p.name]));
  const managerUserId = manager?.user_id ?? null;
  const accounts = rows.map((row): WaitingAccount => {
    const others = people
      .filter((p) => p.account_id === row.accountId)
      .map((p) => ({
        userId: p.user_id,
        name: p.name ?? p.external_name,
        role: p.role,
        left: p.left_reason !== null || p.active === 0,
      }));
    const deputy = others.find((o) => o.role === 'deputy' && !o.left && o.userId !== null);
    return {
      ...row,
      platformName: platformNames.get(row.platform) ?? row.platform,
      others,
      suggestedUserId: (row.role === 'owner' ? deputy?.userId : null) ?? managerUserId,
      canKeep: row.leftReason === 'moved' && person.active,
    };
  });
  const readable = actions.filter((a) => can(actor, 'action.read', a.path));
  return {
    accounts,
    actions: readable.map((a) => ({
      id: a.id,
      title: a.title,
      dueOn: a.due_on,
      status: a.status as ActionStatus,
    })),
    hiddenActions: actions.length - readable.length,
    handedOver: handedOver.map((h) => ({
      accountId: Number(h.object_id),
      summary: h.summary,
      at: h.at,
    })),
    managerUserId,
  };
}
