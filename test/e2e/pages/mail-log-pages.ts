import type { Db } from '../../../src/platform/db/database.js';

/** The pages of the mail log and the local mailbox an administrator can reach in the demo, for the axe scan. */
export async function mailLogPages(db: Db): Promise<string[]> {
  const first = (status: string) =>
    db
      .selectFrom('mail_messages')
      .select('id')
      .where('status', '=', status)
      .orderBy('id')
      .executeTakeFirst();
  const [sent, waiting, failed] = await Promise.all([
    first('sent'),
    first('queued'),
    first('failed'),
  ]);
  return [
    '/mail-log',
    '/mail-log?status=failed&from=2020-01-01',
    ...[sent, waiting, failed].flatMap((m) => (m ? [`/mail-log/${m.id}`] : [])),
    ...(sent ? [`/mail-log/${sent.id}/html`] : []),
  ];
}
