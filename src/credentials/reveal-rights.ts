import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';

/** The token scope that lets the API reveal a stored login. */
export const REVEAL_SCOPE = 'credentials:reveal';

/**
 * Whether the actor may see the account's stored login: administrators of its unit, and the
 * account's owner and deputies who have not left it. (An inactive user never becomes an actor.)
 */
export async function mayRevealCredential(
  db: DbOrTx,
  actor: Actor,
  accountId: number,
  unitPath: string,
): Promise<boolean> {
  if (can(actor, 'credential.reveal', unitPath)) return true;
  const held = await db
    .selectFrom('account_people as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select('p.id')
    .where('p.account_id', '=', accountId)
    .where('p.user_id', '=', actor.userId)
    .where('p.role', 'in', ['owner', 'deputy'])
    .where('p.left_reason', 'is', null)
    .where('u.active', '=', 1)
    .executeTakeFirst();
  return !!held;
}

/** Throws unless the actor may see the login; a token must also carry the reveal scope. */
export async function assertMayReveal(
  db: DbOrTx,
  actor: Actor,
  accountId: number,
  unitPath: string,
): Promise<void> {
  if (!(await mayRevealCredential(db, actor, accountId, unitPath))) throw new AppError('forbidden');
  if (actor.via === 'token' && !actor.scopes?.includes(REVEAL_SCOPE))
    throw new AppError('scope_required', [], { scope: REVEAL_SCOPE });
}
