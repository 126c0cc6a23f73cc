import type { Db } from '../../../src/platform/db/database.js';

/** The closures pages an administrator can reach in the demo, for the axe scan of every page. */
export async function closuresPages(db: Db): Promise<string[]> {
  const closure = (status: string) =>
    db
      .selectFrom('closures')
      .select('account_id')
      .where('status', '=', status)
      .orderBy('id')
      .executeTakeFirst();
  const [open, blocked, done] = await Promise.all([
    closure('open'),
    closure('blocked'),
    closure('done'),
  ]);
  const active = await db
    .selectFrom('accounts')
    .select('id')
    .where('status', '=', 'active')
    .orderBy('id')
    .executeTakeFirst();
  return [
    '/closures',
    '/closures?status=blocked',
    '/closures?status=all&reason=end_date_reached&pageSize=25',
    '/closures/settings',
    ...(active ? [`/accounts/${active.id}/closure/new`] : []),
    ...(open
      ? [`/accounts/${open.account_id}/closure`, `/accounts/${open.account_id}/closure/cancel`]
      : []),
    ...(blocked ? [`/accounts/${blocked.account_id}/closure`] : []),
    ...(done ? [`/accounts/${done.account_id}/closure`, `/accounts/${done.account_id}`] : []),
  ];
}
