import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import { readSetting, writeSetting } from '../platform/db/settings.js';
import {
  calendarPolicySchema,
  DEFAULT_CALENDAR_POLICY,
  type CalendarPolicy,
} from './calendar-policy.js';

const KEY = 'calendar';

/** The organisation's calendar policy, or the guidelines' default where none is set. */
export function getCalendarPolicy(db: DbOrTx): Promise<CalendarPolicy> {
  return readSetting(db, KEY, calendarPolicySchema, DEFAULT_CALENDAR_POLICY);
}

/** Changes the calendar policy (administrators of the whole organisation). */
export async function setCalendarPolicy(
  db: Db,
  clock: Clock,
  actor: Actor,
  policy: CalendarPolicy,
): Promise<void> {
  authorizeAnywhere(actor, 'settings.manage');
  const before = await getCalendarPolicy(db);
  const now = clock.now().toISOString();
  const sorted = {
    ...policy,
    extraClosedDays: [...policy.extraClosedDays].sort((a, b) => (a.date < b.date ? -1 : 1)),
  };
  await db.transaction().execute(async (tx) => {
    await writeSetting(tx, KEY, sorted, actor.userId, now);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'settings.calendar',
      objectType: 'settings',
      objectId: KEY,
      unitId: null,
      summary: KEY,
      before,
      after: sorted,
    });
  });
}
