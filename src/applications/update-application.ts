import { handleKey } from '../accounts/resolve-identity.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { ApplicationsTable } from '../platform/db/schema.js';
import { AppError, forbidden } from '../platform/http/errors.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import type { Updateable } from 'kysely';
import {
  APPLICATION_FIELDS,
  EDITABLE_STATUSES,
  applicationSearchText,
  type Application,
  type ApplicationField,
} from './application.js';
import {
  assertDraftChoices,
  assertPeopleChoice,
  getApplicationWithUnitPath,
  listApplicationPeople,
  peopleChoiceOf,
  peopleForAudit,
  writeApplicationPeople,
} from './application-queries.js';
import type { UpdateApplicationInput } from './schemas.js';

const blankWhenNull = new Set<ApplicationField>(['platform', 'handle']);
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** Changes the fields sent of a draft, or of an application sent back for changes (the applicant only). */
export async function updateApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: UpdateApplicationInput,
): Promise<Application> {
  const { app: before } = await getApplicationWithUnitPath(db, id);
  if (before.applicantUserId !== actor.userId) throw forbidden();
  if (!EDITABLE_STATUSES.includes(before.status))
    throw new AppError('conflict', [{ path: [], message: 'applications.not_editable' }]);
  if (input.version !== undefined && input.version !== before.version)
    throw new AppError('stale_version');

  const next: Partial<Application> = {};
  for (const f of Object.keys(APPLICATION_FIELDS) as ApplicationField[]) {
    if (input[f] === undefined) continue;
    const value = input[f] === null && blankWhenNull.has(f) ? '' : input[f];
    if (!same(value, before[f])) Object.assign(next, { [f]: value });
  }
  // The steps were fixed for the type and unit it was sent in with; changing either would let
  // the approvals given so far count for an application they never saw.
  if (before.status !== 'draft') {
    const fixed = (['type', 'unitId'] as const).filter((f) => f in next);
    if (fixed.length > 0)
      throw new AppError(
        'validation_failed',
        fixed.map((f) => ({ path: [f], message: 'applications.fixed_after_submit' })),
      );
  }
  const peopleBefore = await listApplicationPeople(db, id);
  const choiceBefore = peopleChoiceOf(peopleBefore);
  const choice = {
    ownerUserId: input.ownerUserId === undefined ? choiceBefore.ownerUserId : input.ownerUserId,
    deputyUserIds: input.deputyUserIds ?? choiceBefore.deputyUserIds,
  };
  const peopleChanged = JSON.stringify(choice) !== JSON.stringify(choiceBefore);
  const fieldsChanged = Object.keys(next) as ApplicationField[];
  if (fieldsChanged.length === 0 && !peopleChanged) return before;

  await assertDraftChoices(db, { unitId: next.unitId, platform: next.platform });
  if (peopleChanged)
    await assertPeopleChoice(db, choice, new Set(peopleBefore.map((p) => p.userId)));
  const merged = { ...before, ...next };
  const now = clock.now().toISOString();
  const set: Updateable<ApplicationsTable> = {
    version: before.version + 1,
    updated_at: now,
    handle_key: handleKey(merged.handle),
    name_key: swedishSortKey(merged.displayName),
    search_text: applicationSearchText(merged),
  };
  for (const f of fieldsChanged) Object.assign(set, { [APPLICATION_FIELDS[f]]: next[f] });

  return db.transaction().execute(async (tx) => {
    // The version check in the WHERE makes a concurrent edit lose cleanly instead of silently.
    const updated = await tx
      .updateTable('applications')
      .set(set)
      .where('id', '=', id)
      .where('version', '=', before.version)
      .where('status', 'in', [...EDITABLE_STATUSES])
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
    if (peopleChanged) await writeApplicationPeople(tx, id, choice);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'application.update',
      objectType: 'application',
      objectId: id,
      unitId: merged.unitId,
      summary: merged.displayName,
      before: {
        ...Object.fromEntries(fieldsChanged.map((f) => [f, before[f]])),
        ...(peopleChanged && peopleForAudit(choiceBefore)),
      },
      after: {
        ...Object.fromEntries(fieldsChanged.map((f) => [f, next[f]])),
        ...(peopleChanged && peopleForAudit(choice)),
      },
    });
    return { ...merged, version: before.version + 1, updatedAt: now };
  });
}
