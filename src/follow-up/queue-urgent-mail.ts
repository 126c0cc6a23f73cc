import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { Env } from '../platform/env.js';
import { queueReminderMail } from './queue-reminder-mail.js';
import { waitingRecipients } from './waiting-recipients.js';

/**
 * Sends urgent reminders at once: one message per person with all their urgent reminders
 * waiting now, named after the first of them (`urgent:<reminderId>`), so that it is queued once.
 * Urgent are the items that cannot wait for a digest: an end date reached, a person who left
 * the organisation, an absence under way without cover.
 */
export async function queueUrgentMail(deps: { db: Db; clock: Clock; env: Env }): Promise<number> {
  let queued = 0;
  for (const person of await waitingRecipients(deps.db, true))
    if (await queueReminderMail(deps, person, 'urgent', (id) => `urgent:${id}`)) queued++;
  return queued;
}
