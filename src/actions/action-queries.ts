import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { fieldError, notFound } from '../platform/http/errors.js';
import { toAction, toActionNote, type Action, type ActionNote } from './action.js';

/** One action with the path of its unit (for authorisation), or not found. */
export async function getActionWithUnitPath(
  db: DbOrTx,
  id: number,
): Promise<{ action: Action; unitPath: string }> {
  const row = await db
    .selectFrom('actions as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select('u.path as unit_path')
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const { unit_path, ...action } = row;
  return { action: toAction(action), unitPath: unit_path };
}

/** The follow-up notes of an action, newest first. */
export async function listActionNotes(db: DbOrTx, actionId: number): Promise<ActionNote[]> {
  const rows = await db
    .selectFrom('action_notes as n')
    .innerJoin('users as u', 'u.id', 'n.author_user_id')
    .selectAll('n')
    .select('u.name as author_name')
    .where('n.action_id', '=', actionId)
    .orderBy('n.noted_on', 'desc')
    .orderBy('n.id', 'desc')
    .execute();
  return rows.map(toActionNote);
}

/** The path of an active unit an action may be placed in; a field error otherwise. */
export async function unitForAction(db: DbOrTx, unitId: number): Promise<string> {
  const unit = await db
    .selectFrom('units')
    .select(['path', 'active'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw fieldError('unitId', 'actions.unit_required');
  return unit.path;
}

/** Refuses an owner who is not an active user. */
export async function assertOwner(db: DbOrTx, userId: number | null | undefined): Promise<void> {
  if (!userId) return;
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!user) throw fieldError('ownerUserId', 'actions.owner_unknown');
}

/** Refuses a link to an audit the actor cannot read, or to an account that does not exist. */
export async function assertFinding(
  db: DbOrTx,
  actor: Actor,
  auditId: number | null,
  accountId: number | null,
): Promise<void> {
  if (auditId) {
    const audit = await db
      .selectFrom('audits as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select('u.path')
      .where('a.id', '=', auditId)
      .executeTakeFirst();
    if (!audit || !can(actor, 'audit.read', audit.path))
      throw fieldError('auditId', 'actions.audit_unknown');
  }
  if (accountId) {
    const account = await db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (!account) throw fieldError('accountId', 'actions.account_unknown');
  }
}
