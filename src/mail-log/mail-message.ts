import type { MailMessageRow } from '../platform/db/schema.js';

/** Where a message is on its way: waiting, being sent, delivered, or given up. */
export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** What a message is: a digest of reminders, an urgent reminder, a round's letter, a resent copy. */
export const MAIL_KINDS = ['digest', 'urgent', 'round', 'resend', 'application'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** A message of the outbox as the mail log shows it, without its bodies. */
export interface MailLogItem {
  id: number;
  messageId: string;
  kind: MailKind;
  status: MailStatus;
  toUserId: number | null;
  toAddress: string;
  locale: string;
  subject: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string;
  serverResponse: string;
  transport: string;
  resentFrom: number | null;
  createdAt: string;
  sentAt: string | null;
}

/** A message with everything the message page shows. */
export interface MailMessage extends MailLogItem {
  dedupeKey: string;
  claimedUntil: string | null;
  textBody: string;
  htmlBody: string;
}

const oneOf = <T extends string>(all: readonly T[], value: string, fallback: T): T =>
  all.includes(value as T) ? (value as T) : fallback;

/** Maps a row to a list item; the next attempt is only meaningful while the message waits. */
export function toMailLogItem(row: Omit<MailMessageRow, 'text_body' | 'html_body'>): MailLogItem {
  const status = oneOf(MAIL_STATUSES, row.status, 'queued');
  return {
    id: row.id,
    messageId: row.message_id,
    kind: oneOf(MAIL_KINDS, row.kind, 'digest'),
    status,
    toUserId: row.to_user_id,
    toAddress: row.to_address,
    locale: row.locale,
    subject: row.subject,
    attempts: row.attempts,
    nextAttemptAt: status === 'queued' ? row.next_attempt_at : null,
    lastError: row.last_error,
    serverResponse: row.server_response,
    transport: row.transport,
    resentFrom: row.resent_from,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/** Maps a whole row. */
export function toMailMessage(row: MailMessageRow): MailMessage {
  return {
    ...toMailLogItem(row),
    dedupeKey: row.dedupe_key,
    claimedUntil: row.claimed_until,
    textBody: row.text_body,
    htmlBody: row.html_body,
  };
}

/** Whether a copy may be sent: once the original has gone out or been given up. */
export const canResend = (m: Pick<MailLogItem, 'status'>) =>
  m.status === 'sent' || m.status === 'failed';
