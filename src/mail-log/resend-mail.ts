import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/http/errors.js';
import { enqueueMail } from '../platform/mail/enqueue-mail.js';
import { canResend, toMailMessage } from './mail-message.js';

/**
 * Queues a copy of a sent or failed message to the same recipient, as a new message of its own
 * (its own Message-ID), and records who asked for it. Returns the copy's id.
 */
export async function resendMail(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  from: string,
): Promise<number> {
  authorizeAnywhere(actor, 'settings.manage');
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('mail_messages')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    const original = toMailMessage(row);
    if (!canResend(original))
      throw new AppError('conflict', [{ path: [], message: 'mail_log.resend_not_yet' }]);
    const earlier = await tx
      .selectFrom('mail_messages')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('resent_from', '=', id)
      .executeTakeFirstOrThrow();
    // Two administrators resending at once: the second takes the next number.
    let copyId: number | null = null;
    for (let n = Number(earlier.n) + 1; copyId === null && n < Number(earlier.n) + 20; n++) {
      copyId = await enqueueMail(tx, clock, from, {
        dedupeKey: `resend:${id}:${n}`,
        kind: 'resend',
        toUserId: original.toUserId,
        toAddress: original.toAddress,
        locale: original.locale,
        mail: { subject: original.subject, text: original.textBody, html: original.htmlBody },
        resentFrom: id,
      });
    }
    if (copyId === null) throw new AppError('conflict');
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'mail.resend',
      objectType: 'mail',
      objectId: id,
      unitId: null,
      summary: `${original.toAddress}: ${original.subject}`,
      after: { copy: copyId, to: original.toAddress },
    });
    return copyId;
  });
}
