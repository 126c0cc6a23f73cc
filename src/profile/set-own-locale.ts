import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { Locale } from '../platform/i18n/define-messages.js';

/** Remembers the language the signed-in person chose. */
export async function setOwnLocale(
  db: Db,
  clock: Clock,
  actor: Actor,
  locale: Locale,
): Promise<void> {
  if (actor.locale === locale) return;
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ locale, updated_at: clock.now().toISOString() })
      .where('id', '=', actor.userId)
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'user.locale',
      objectType: 'user',
      objectId: actor.userId,
      unitId: null,
      summary: actor.name,
      before: { locale: actor.locale },
      after: { locale },
    });
  });
}
