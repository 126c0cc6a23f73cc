import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { MailMessageRow } from '../db/schema.js';
import type { Env } from '../env.js';
import type { Logger } from '../log.js';
import { claimNextMail } from './claim-mail.js';
import type { MailTransport } from './mail.js';
import { MAX_ATTEMPTS, MAX_STARTS, retryDelayMs, sendFailure } from './mail-retry.js';

/** What delivery needs: the outbox, the time, where to log, the sender and the transport. */
export interface DeliveryDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  env: Env;
  mail: MailTransport;
}

/** What one delivery run did. */
export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

type Outcome = keyof DeliveryResult;

/**
 * Sends what is due in the outbox, one claimed message at a time, so that a sender that stops
 * leaves at most the one message it was sending; that one goes again, with the same
 * Message-ID, once its claim runs out. Refusals are retried with backoff, then failed.
 */
export async function deliverMail(
  deps: DeliveryDeps,
  opts: { limit?: number } = {},
): Promise<DeliveryResult> {
  const limit = opts.limit ?? 200;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    const message = await claimNextMail(deps.db, deps.clock);
    if (!message) break;
    result[await deliverOne(deps, message)]++;
  }
  if (result.sent + result.retried + result.failed > 0)
    deps.log.info({ ...result, transport: deps.mail.name }, 'mail delivered');
  return result;
}

async function deliverOne(deps: DeliveryDeps, m: MailMessageRow): Promise<Outcome> {
  if (m.attempts > MAX_STARTS) {
    await finish(deps, m, { status: 'failed', claimed_until: null });
    deps.log.warn({ mailId: m.id }, 'mail failed: its sending was interrupted again and again');
    return 'failed';
  }
  let response: string;
  try {
    ({ response } = await deps.mail.send({
      messageId: m.message_id,
      from: deps.env.MAIL_FROM,
      to: m.to_address,
      subject: m.subject,
      text: m.text_body,
      html: m.html_body,
    }));
  } catch (error) {
    const { answer, permanent } = sendFailure(error);
    const final = permanent || m.attempts >= MAX_ATTEMPTS;
    const next = new Date(deps.clock.now().getTime() + retryDelayMs(m.attempts)).toISOString();
    await finish(deps, m, {
      status: final ? 'failed' : 'queued',
      claimed_until: null,
      last_error: answer,
      ...(!final && { next_attempt_at: next }),
    });
    deps.log.warn({ mailId: m.id, attempts: m.attempts, answer, final }, 'mail refused');
    return final ? 'failed' : 'retried';
  }
  await finish(deps, m, {
    status: 'sent',
    claimed_until: null,
    sent_at: deps.clock.now().toISOString(),
    server_response: response.slice(0, 1000),
    transport: deps.mail.name,
  });
  return 'sent';
}

type Finish = Partial<
  Pick<
    MailMessageRow,
    | 'status'
    | 'claimed_until'
    | 'last_error'
    | 'next_attempt_at'
    | 'sent_at'
    | 'server_response'
    | 'transport'
  >
>;

// Only while this deliverer's claim stands: a claim taken over by another is theirs to record.
async function finish(deps: DeliveryDeps, m: MailMessageRow, changes: Finish): Promise<void> {
  const result = await deps.db
    .updateTable('mail_messages')
    .set(changes)
    .where('id', '=', m.id)
    .where('status', '=', 'sending')
    .where('claimed_until', '=', m.claimed_until)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    deps.log.warn({ mailId: m.id }, 'mail claim was taken over before its outcome was recorded');
}
