import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { DigestFrequency } from '../follow-up/digest-frequency.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';

/** Remembers how often the signed-in person wants their digest of reminders. */
export async function setOwnDigestFrequency(
  db: Db,
  clock: Clock,
  actor: Actor,
  frequency: DigestFrequency,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('users')
      .select('digest_frequency')
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (before.digest_frequency === frequency) return;
    await tx
      .updateTable('users')
      .set({ digest_frequency: frequency, updated_at: clock.now().toISOString() })
      .where('id', '=', actor.userId)
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'user.digest',
      objectType: 'user',
      objectId: actor.userId,
      unitId: null,
      summary: actor.name,
      before: { digestFrequency: before.digest_frequency },
      after: { digestFrequency: frequency },
    });
  });
}
