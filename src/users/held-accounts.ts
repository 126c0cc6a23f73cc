import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';

/** An account the person answers for, as their user page lists it. */
export interface HeldAccount {
  accountId: number;
  displayName: string;
  handle: string;
  platformName: string;
  role: string;
  leftReason: string | null;
}

export const HELD_PAGE_SIZE = 25;

/** The accounts a person answers for that the actor may read, in Swedish order, paged. */
export async function listHeldAccounts(
  db: DbOrTx,
  actor: Actor,
  userId: number,
  page: number,
): Promise<{ items: HeldAccount[]; total: number; page: number; pageSize: number }> {
  const scopes = scopePaths(actor, 'account.read');
  const paths = scopes.length > 0 ? scopes : ['/nothing/'];
  const base = db
    .selectFrom('account_people as ap')
    .innerJoin('accounts as a', 'a.id', 'ap.account_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .where('ap.user_id', '=', userId)
    .where((e) => e.or(paths.map((p) => e('u.path', 'like', `${p}%`))));
  const { n } = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('platforms as pl', 'pl.key', 'a.platform')
    .select([
      'a.id',
      'a.display_name',
      'a.handle',
      'a.platform',
      'pl.name as platform_name',
      'ap.role',
      'ap.left_reason',
    ])
    .orderBy('a.name_key')
    .orderBy('a.id')
    .limit(HELD_PAGE_SIZE)
    .offset((page - 1) * HELD_PAGE_SIZE)
    .execute();
  return {
    items: rows.map((r) => ({
      accountId: r.id,
      displayName: r.display_name,
      handle: r.handle,
      platformName: r.platform_name ?? r.platform,
      role: r.role,
      leftReason: r.left_reason,
    })),
    total: Number(n),
    page,
    pageSize: HELD_PAGE_SIZE,
  };
}
