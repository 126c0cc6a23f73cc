import type { DbOrTx } from '../platform/db/database.js';
import type { Translate } from '../platform/i18n/translate.js';
import { activeUserChoices } from '../users/user-choices.js';
import type { AccountPerson } from './account-person.js';

/**
 * Users to choose among: every active user, and the account's people who have left (marked so),
 * so that saving the form does not drop them before the account is handed over.
 */
export async function peopleUserOptions(
  db: DbOrTx,
  people: AccountPerson[],
  t: Translate,
): Promise<[string, string][]> {
  const options = await activeUserChoices(db);
  const marked = new Map<string, string>();
  for (const p of people) {
    if (p.userId === null) continue;
    const reason = p.leftReason
      ? t(`people.left.${p.leftReason}`)
      : !p.active
        ? t('people.cannot_sign_in')
        : null;
    if (reason) marked.set(String(p.userId), t('people.left_option', { name: p.name, reason }));
  }
  const listed = options.map(([id, label]): [string, string] => [id, marked.get(id) ?? label]);
  const listedIds = new Set(options.map(([id]) => id));
  const missing = [...marked].filter(([id]) => !listedIds.has(id));
  return [...listed, ...missing];
}
