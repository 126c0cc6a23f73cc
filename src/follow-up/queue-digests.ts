import { DateTime } from 'luxon';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { Env } from '../platform/env.js';
import type { FollowUpPolicy } from './follow-up-policy.js';
import { queueReminderMail, type Recipient } from './queue-reminder-mail.js';
import { waitingRecipients } from './waiting-recipients.js';

/**
 * The key of the person's digest due now, or null when none is: daily from the policy's hour
 * (one a day), weekly from that hour on the policy's weekday (one an ISO week).
 */
export function digestKey(person: Recipient, now: Date, policy: FollowUpPolicy): string | null {
  const local = DateTime.fromJSDate(now).setZone('Europe/Stockholm');
  if (person.frequency === 'daily') {
    if (local.hour < policy.digestHour) return null;
    return `digest:${person.id}:${local.toISODate()}`;
  }
  if (local.weekday !== policy.weeklyDigestDay || local.hour < policy.digestHour) return null;
  return `digest:${person.id}:${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** Queues the digests due now: one per person and period, with all their waiting reminders. */
export async function queueDigests(
  deps: { db: Db; clock: Clock; env: Env },
  policy: FollowUpPolicy,
): Promise<number> {
  let queued = 0;
  const now = deps.clock.now();
  for (const person of await waitingRecipients(deps.db, false)) {
    const key = digestKey(person, now, policy);
    if (!key) continue;
    const sent = await deps.db
      .selectFrom('mail_messages')
      .select('id')
      .where('dedupe_key', '=', key)
      .executeTakeFirst();
    if (sent) continue;
    if (await queueReminderMail(deps, person, 'digest', () => key)) queued++;
  }
  return queued;
}
