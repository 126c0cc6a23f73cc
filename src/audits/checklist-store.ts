import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import { readSetting, writeSetting } from '../platform/db/settings.js';
import { validate } from '../platform/http/form.js';
import { checklistSchema, DEFAULT_CHECKLIST, type Checklist } from './checklist.js';

const KEY = 'audit.checklist';

/** The organisation's spot-check checklist, or the guidelines' default where none is set. */
export function getChecklist(db: DbOrTx): Promise<Checklist> {
  return readSetting(db, KEY, checklistSchema, DEFAULT_CHECKLIST);
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
    await writeSetting(tx, KEY, checklist, actor.userId, now);
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
