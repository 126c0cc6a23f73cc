import type { Child } from 'hono/jsx';
import type { AccountView } from '../accounts/read-account.js';
import type { Ctx } from '../platform/http/context.js';

/** Loads and renders the account's credentials section: where the login is kept, the vault, who saw it. */
export async function accountCredentialsSection(_c: Ctx, _view: AccountView): Promise<Child> {
  return null;
}
