import type { Db } from '../../../src/platform/db/database.js';

/** The credentials pages an administrator can reach in the demo, for the axe scan of every page. */
export async function credentialsPages(db: Db): Promise<string[]> {
  const stored = await db
    .selectFrom('account_credentials')
    .select('account_id')
    .orderBy('account_id')
    .execute();
  const flagged = await db
    .selectFrom('account_credentials')
    .select('account_id')
    .where('rotate_reason', 'is not', null)
    .executeTakeFirst();
  const plain = await db
    .selectFrom('accounts')
    .select('id')
    .where('credentials_location', '<>', 'vault')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const vault = stored[0]?.account_id;
  return [
    `/accounts/${plain.id}/credentials`,
    ...(vault
      ? [
          `/accounts/${vault}`,
          `/accounts/${vault}/credentials`,
          `/accounts/${vault}/credentials/confirm`,
          `/accounts/${vault}/credentials/events`,
        ]
      : []),
    ...(flagged ? [`/accounts/${flagged.account_id}`] : []),
  ];
}
