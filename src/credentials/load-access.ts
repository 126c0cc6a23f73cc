import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { can } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { idFromPath } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { mayRevealCredential } from './reveal-rights.js';

/** The account of the path with what the actor may do with its login. */
export async function loadAccess(c: Ctx) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const { account, unitPath } = await getAccountWithUnitPath(db, idFromPath(c));
  const mayReveal = await mayRevealCredential(db, actor, account.id, unitPath);
  return { account, unitPath, mayReveal, mayEditPointer: can(actor, 'account.edit', unitPath) };
}
