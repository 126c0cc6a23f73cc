import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import {
  calendarPolicySchema,
  DEFAULT_CALENDAR_POLICY,
  type CalendarPolicy,
} from './calendar-policy.js';

const KEY = 'calendar';

/** The organisation's calendar policy, or the guidelines' default where none is set. */
export async function getCalendarPolicy(db: DbOrTx): Promise<CalendarPolicy> {
  const row = await db
    .selectFrom('settings')
    .select('value_json')
    .where('key', '=', KEY)
    .executeTakeFirst();
  if (!row) return DEFAULT_CALENDAR_POLICY;
  const parsed = calendarPolicySchema.safeParse(JSON.parse(row.value_json));
  return parsed.success ? parsed.data : DEFAULT_CALENDAR_POLICY;
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
    const values = {
      value_json: JSON.stringify(sorted),
      updated_at: now,
      updated_by: actor.userId,
    };
    const updated = await tx
      .updateTable('settings')
      .set(values)
      .where('key', '=', KEY)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      await tx
        .insertInto('settings')
        .values({ key: KEY, ...values })
        .execute();
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
