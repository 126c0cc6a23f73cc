import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import { validate } from '../platform/http/form.js';
import { checklistSchema, DEFAULT_CHECKLIST, type Checklist } from './checklist.js';

const KEY = 'audit.checklist';

/** The organisation's spot-check checklist, or the guidelines' default where none is set. */
export async function getChecklist(db: DbOrTx): Promise<Checklist> {
  const row = await db
    .selectFrom('settings')
    .select('value_json')
    .where('key', '=', KEY)
    .executeTakeFirst();
  if (!row) return DEFAULT_CHECKLIST;
  const parsed = checklistSchema.safeParse(JSON.parse(row.value_json));
  return parsed.success ? parsed.data : DEFAULT_CHECKLIST;
}

/**
 * Changes the checklist (administrators of the whole organisation). Checks already recorded keep
 * their answers: an item taken away still shows in their results under its key.
 */
export async function setChecklist(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: unknown,
): Promise<Checklist> {
  authorizeAnywhere(actor, 'settings.manage');
  const checklist = validate(checklistSchema, input);
  const before = await getChecklist(db);
  const now = clock.now().toISOString();
  await db.transaction().execute(async (tx) => {
    const values = {
      value_json: JSON.stringify(checklist),
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
      action: 'settings.audit_checklist',
      objectType: 'settings',
      objectId: KEY,
      unitId: null,
      summary: KEY,
      before,
      after: checklist,
    });
  });
  return checklist;
}
