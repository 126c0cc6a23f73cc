import type { Child } from 'hono/jsx';
import type { AccountView } from '../accounts/read-account.js';
import type { Ctx } from '../platform/http/context.js';

/** On the account's page: the closure under way with its progress, or how to start one. */
export async function accountClosureSection(c: Ctx, view: AccountView): Promise<Child | null> {
  void c;
  void view;
  return null;
}
