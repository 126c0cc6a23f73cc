import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { toMailMessage, type MailMessage, type MailStatus } from './mail-message.js';

/** A message with its recipient's name and the copies resent from it. */
export interface MailDetail {
  message: MailMessage;
  recipientName: string | null;
  copies: { id: number; status: MailStatus; createdAt: string }[];
}

/** One message of the outbox, or not found. */
export async function getMail(db: DbOrTx, id: number): Promise<MailDetail> {
  const row = await db
    .selectFrom('mail_messages as m')
    .leftJoin('users as u', 'u.id', 'm.to_user_id')
    .selectAll('m')
    .select('u.name as recipient_name')
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const copies = await db
    .selectFrom('mail_messages')
    .select(['id', 'status', 'created_at'])
    .where('resent_from', '=', id)
    .orderBy('id')
    .execute();
  return {
    message: toMailMessage(row),
    recipientName: row.recipient_name,
    copies: copies.map((c) => ({
      id: c.id,
      status: c.status as MailStatus,
      createdAt: c.created_at,
    })),
  };
}
