import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { Env } from '../platform/env.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { publicUrl } from '../platform/http/public-url.js';
import { enqueueMail } from '../platform/mail/enqueue-mail.js';
import { renderMail } from '../platform/mail/render-mail.js';
import { digestContent } from './digest-content.js';
import { waitingSections } from './waiting-sections.js';

/** The person a message goes to. */
export interface Recipient {
  id: number;
  name: string;
  email: string;
  locale: Locale;
  frequency: 'daily' | 'weekly';
}

/**
 * Queues one message with the person's waiting reminders (urgent ones, or the rest for a
 * digest) and attaches those reminders to it in the same transaction, so that none is sent
 * twice or lost. Returns whether a message was queued.
 */
export async function queueReminderMail(
  deps: { db: Db; clock: Clock; env: Env },
  person: Recipient,
  kind: 'digest' | 'urgent',
  dedupeKey: (firstId: number) => string,
): Promise<boolean> {
  return deps.db.transaction().execute(async (tx) => {
    const waiting = await waitingSections(tx, person.id, kind === 'urgent');
    if (waiting.total === 0) return false;
    const first = await tx
      .selectFrom('reminders')
      .select((eb) => eb.fn.min('id').as('id'))
      .where('user_id', '=', person.id)
      .where('mail_id', 'is', null)
      .where('resolved_at', 'is', null)
      .where('urgent', '=', kind === 'urgent' ? 1 : 0)
      .executeTakeFirstOrThrow();
    const content = digestContent({
      kind,
      frequency: person.frequency,
      name: person.name,
      locale: person.locale,
      base: publicUrl(deps.env),
      sections: waiting.sections,
    });
    const mailId = await enqueueMail(tx, deps.clock, deps.env.MAIL_FROM, {
      dedupeKey: dedupeKey(Number(first.id)),
      kind,
      toUserId: person.id,
      toAddress: person.email,
      locale: person.locale,
      mail: renderMail(content, person.locale),
    });
    if (mailId === null) return false;
    await tx
      .updateTable('reminders')
      .set({ mail_id: mailId })
      .where('user_id', '=', person.id)
      .where('mail_id', 'is', null)
      .where('resolved_at', 'is', null)
      .where('urgent', '=', kind === 'urgent' ? 1 : 0)
      .where('id', '<=', waiting.maxId)
      .execute();
    return true;
  });
}
