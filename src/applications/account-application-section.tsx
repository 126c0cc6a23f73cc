import type { Child } from 'hono/jsx';
import type { AccountView } from '../accounts/read-account.js';
import type { Ctx } from '../platform/http/context.js';

/** On the account's page: the application it came from and, while `applied`, entering its address. */
export async function accountApplicationSection(c: Ctx, view: AccountView): Promise<Child | null> {
  void c;
  void view;
  return null;
}
