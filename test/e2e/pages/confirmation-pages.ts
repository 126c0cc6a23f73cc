import type { Db } from '../../../src/platform/db/database.js';

/** The pages of confirmation rounds, the confirmation page and the yearly report an administrator can reach in the demo, for the axe scan. */
export async function confirmationPages(db: Db): Promise<string[]> {
  const round = (status: string) =>
    db
      .selectFrom('confirmation_rounds')
      .select(['id', 'year', 'unit_id'])
      .where('status', '=', status)
      .orderBy('id', 'desc')
      .executeTakeFirst();
  const [open, closed] = await Promise.all([round('open'), round('closed')]);
  return [
    '/rounds',
    '/rounds?status=closed',
    '/rounds/new',
    '/confirm',
    '/confirm?show=all',
    '/reports',
    ...(open
      ? [
          `/rounds/${open.id}`,
          `/rounds/${open.id}?sort=unit`,
          `/rounds/${open.id}/close`,
          `/reports?year=${open.year}&unit=${open.unit_id}`,
        ]
      : []),
    ...(closed ? [`/rounds/${closed.id}`] : []),
  ];
}
