import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { DbOrTx } from '../db/database.js';
import type { RenderedMail } from './mail.js';

/** A message to put in the outbox. */
export interface NewMail {
  /** Names the message once and for all: a second enqueue with the same key does nothing. */
  dedupeKey: string;
  kind: 'digest' | 'urgent' | 'round' | 'resend' | 'application';
  toUserId: number | null;
  toAddress: string;
  locale: string;
  mail: RenderedMail;
  resentFrom?: number | null;
}

/** The Message-ID of a message, derived from its key so that every attempt carries the same one. */
export function messageIdFor(dedupeKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  const hash = createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32);
  return `<${hash}.kanalkoll@${domain}>`;
}

/**
 * Queues a message in the caller's transaction; delivery picks it up after commit. Returns its
 * id, or null when a message with the same key was already queued.
 */
export async function enqueueMail(
  tx: DbOrTx,
  clock: Clock,
  from: string,
  input: NewMail,
): Promise<number | null> {
  const now = clock.now().toISOString();
  const row = await tx
    .insertInto('mail_messages')
    .values({
      message_id: messageIdFor(input.dedupeKey, from),
      dedupe_key: input.dedupeKey,
      kind: input.kind,
      to_user_id: input.toUserId,
      to_address: input.toAddress,
      locale: input.locale,
      subject: input.mail.subject,
      text_body: input.mail.text,
      html_body: input.mail.html,
      status: 'queued',
      next_attempt_at: now,
      resent_from: input.resentFrom ?? null,
      created_at: now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
