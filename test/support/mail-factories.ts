import type { Clock } from '../../src/platform/clock.js';
import type { DbOrTx } from '../../src/platform/db/database.js';
import { loadEnv } from '../../src/platform/env.js';
import { createLogger } from '../../src/platform/log.js';
import type { DeliveryDeps } from '../../src/platform/mail/deliver-mail.js';
import { enqueueMail, type NewMail } from '../../src/platform/mail/enqueue-mail.js';
import type { MailTransport, RenderedMail } from '../../src/platform/mail/mail.js';
import { renderMail } from '../../src/platform/mail/render-mail.js';

export const TEST_FROM = 'Kanalkoll <kanalkoll@exempel.se>';

/** A small rendered reminder, different for each `n`. */
export function sampleMail(n: number | string, locale: 'sv' | 'en' = 'sv'): RenderedMail {
  return renderMail(
    {
      subject: `Påminnelse ${n}`,
      greeting: 'Hej Anna,',
      intro: `Det här behöver göras (${n}).`,
      sections: [
        {
          heading: 'Konton att bekräfta',
          items: [
            {
              text: `Konto ${n}`,
              href: `https://kanalkoll.exempel.se/accounts/${n}`,
              note: 'Senast 2026-12-01',
            },
          ],
        },
      ],
      action: { text: 'Öppna Mina uppgifter', href: 'https://kanalkoll.exempel.se/tasks' },
      footer: 'Du får det här för att du ansvarar för kontot.',
    },
    locale,
  );
}

/** Queues a sample message under `key`; returns its id (null when the key was queued before). */
export function queueMail(
  db: DbOrTx,
  clock: Clock,
  key: string,
  more: Partial<NewMail> = {},
): Promise<number | null> {
  return enqueueMail(db, clock, TEST_FROM, {
    dedupeKey: key,
    kind: 'digest',
    toUserId: null,
    toAddress: `${key.replace(/[^a-z0-9]/gi, '')}@exempel.se`,
    locale: 'sv',
    mail: sampleMail(key),
    ...more,
  });
}

/** What delivery needs, with a silent log and the test sender. */
export function deliveryDeps(
  db: DeliveryDeps['db'],
  clock: Clock,
  mail: MailTransport,
): DeliveryDeps {
  return {
    db,
    clock,
    mail,
    log: createLogger('silent'),
    env: loadEnv({ LOG_LEVEL: 'silent', MAIL_FROM: TEST_FROM }),
  };
}

/** A message's row as delivery left it. */
export function mailRow(db: DbOrTx, id: number) {
  return db.selectFrom('mail_messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
