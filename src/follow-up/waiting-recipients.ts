import type { DbOrTx } from '../platform/db/database.js';
import type { Recipient } from './queue-reminder-mail.js';

/** The active people with reminders waiting for a message of the kind (urgent or not). */
export async function waitingRecipients(db: DbOrTx, urgent: boolean): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.email', 'u.locale', 'u.digest_frequency'])
    .where('u.active', '=', 1)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('reminders as r')
          .select('r.id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.mail_id', 'is', null)
          .where('r.resolved_at', 'is', null)
          .where('r.urgent', '=', urgent ? 1 : 0),
      ),
    )
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    locale: r.locale === 'en' ? 'en' : 'sv',
    frequency: r.digest_frequency === 'weekly' ? 'weekly' : 'daily',
  }));
}
