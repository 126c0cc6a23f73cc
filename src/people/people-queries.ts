import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import type { Account } from '../accounts/account.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { AppError, type FieldError } from '../platform/http/errors.js';
import { catalog } from '../platform/i18n/catalog.js';
import type { AccountPerson, PlatformAccess } from './account-person.js';

/** The account, when the actor may change it (account.edit at its unit); forbidden otherwise. */
export async function editableAccount(
  db: DbOrTx,
  actor: Actor,
  accountId: number,
): Promise<{ account: Account; unitPath: string }> {
  const found = await getAccountWithUnitPath(db, accountId);
  authorize(actor, 'account.edit', found.unitPath);
  return found;
}

/**
 * Refuses user ids that are not active users, unless the person already holds a role on the
 * account (someone who has left can stay until the account is handed over).
 */
export async function assertChoosableUsers(
  db: DbOrTx,
  fields: { path: (string | number)[]; userId: number }[],
  alreadyThere: ReadonlySet<number>,
): Promise<void> {
  const ids = [...new Set(fields.map((f) => f.userId))];
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('active', '=', 1)
    .execute();
  const ok = new Set([...rows.map((r) => r.id), ...alreadyThere]);
  const bad: FieldError[] = fields
    .filter((f) => !ok.has(f.userId))
    .map((f) => ({ path: f.path, message: 'people.user_unknown' }));
  if (bad.length > 0) throw new AppError('validation_failed', bad);
}

const sv = catalog.sv;

/**
 * The people as the account's history keeps them, in the organisation's language (Swedish):
 * "Kontoansvarig: A; Ersättare: B, C; Externa kontakter: D (Byrå)". Never e-mail addresses.
 */
export function peopleSummary(people: readonly AccountPerson[]): string {
  const names = (role: AccountPerson['role']) =>
    people
      .filter((p) => p.role === role)
      .map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name));
  const parts: string[] = [];
  const owner = names('owner');
  const deputies = names('deputy');
  const externals = names('external');
  if (owner.length > 0) parts.push(`${sv['people.role.owner']}: ${owner.join(', ')}`);
  if (deputies.length > 0) parts.push(`${sv['people.role.deputies']}: ${deputies.join(', ')}`);
  if (externals.length > 0) parts.push(`${sv['people.role.externals']}: ${externals.join(', ')}`);
  return parts.join('; ');
}

/** One platform access row as the history keeps it: "Name (administratör, bekräftad 2026-05-01)". */
export function accessSummary(
  access: Pick<PlatformAccess, 'name' | 'platformRole' | 'confirmedOn'>,
) {
  const role = sv[`people.platform_role.${access.platformRole}`].toLocaleLowerCase('sv');
  const confirmed = access.confirmedOn
    ? `, ${sv['people.access_confirmed_short']} ${access.confirmedOn}`
    : '';
  return `${access.name} (${role}${confirmed})`;
}

/** The people for the audit trail: names and roles, no e-mail addresses. */
export function peopleForAudit(people: readonly AccountPerson[]) {
  return people.map((p) => ({
    role: p.role,
    name: p.name,
    ...(p.userId !== null && { userId: p.userId }),
    ...(p.organisation && { organisation: p.organisation }),
  }));
}
