import type { Child } from 'hono/jsx';
import type { AccountView } from '../accounts/read-account.js';
import type { Ctx } from '../platform/http/context.js';

/** What the account page shows of its people: the gaps notice at the top and the people section. */
export interface AccountPeopleParts {
  notice: Child;
  section: Child;
}

/** Loads and renders the account's people, platform access and gaps for its page. */
export async function accountPeopleSection(
  _c: Ctx,
  _view: AccountView,
): Promise<AccountPeopleParts> {
  return { notice: null, section: null };
}
